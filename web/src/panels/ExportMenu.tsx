/**
 * Export of the current view exactly as shown (filters, threshold, positions): PNG at 1×,
 * 2× or 4× on white or transparent, SVG with a title, legend and source, GraphML and GEXF for Gephi and yEd, CSV of the edges
 * and of the workload ranking for Excel, and the parsed-plan JSON.
 */
import { useState } from 'react';
import { useAppStore } from '../state/store';
import { selectLanguage, selectPlan, selectRankings, selectView } from '../state/selectors';
import { useMessages } from '../i18n/useMessages';
import { buildNetwork } from '../graph/network-model';
import { canvasPng, canvasPositions } from '../graph/canvas-handle';
import { exportGraph } from '../export/export-graph';
import { toGraphml } from '../export/to-graphml';
import { toSvg } from '../export/to-svg';
import { glyphOutliner } from '../export/glyph-outliner';
import { GlyphTable } from '../export/glyph-table';
import { standaloneAssets, standalonePage } from '../export/standalone-page';
import { viewToQuery } from '../state/url-state';
import { toGexf } from '../export/to-gexf';
import { edgeListCsv, workloadCsv } from '../export/to-csv';

type Format = 'png1' | 'png2' | 'png4' | 'png2t' | 'svg' | 'html' | 'graphml' | 'gexf' | 'edges' | 'workload' | 'json';

function download(name: string, data: Blob | string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportMenu() {
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const rankings = useAppStore(selectRankings);
  const view = useAppStore(selectView);
  const language = useAppStore(selectLanguage);
  const [format, setFormat] = useState<Format>('png2');
  if (!plan) return null;
  const base = `${plan.document.id}-${view}`;
  const run = async () => {
    // The network is built when an export is asked for, not on every render.
    const graph = () => {
      const { sections, kinds, minShared, roles } = useAppStore.getState();
      return exportGraph(plan, view, buildNetwork(view, plan, { sections, kinds, minShared, roles }), canvasPositions());
    };
    switch (format) {
      case 'png1':
      case 'png2':
      case 'png4':
      case 'png2t': {
        const scale = format === 'png1' ? 1 : format === 'png4' ? 4 : 2;
        const png = canvasPng(scale, format === 'png2t');
        if (png) download(`${base}@${scale}x.png`, png, 'image/png');
        return;
      }
      case 'svg': {
        // Labels outlined with the server's CJK font so any viewer reads them; without a
        // server (an offline page) they stay text in the CJK font stack.
        const g = graph();
        const first = toSvg(g, { language });
        const texts = [...new DOMParser().parseFromString(first, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? '').join('');
        const chars = [...new Set(texts)].join('');
        const table = await fetch(`/api/glyphs?text=${encodeURIComponent(chars)}`)
          .then(async (r) => (r.ok ? GlyphTable.parse(await r.json()) : null))
          .catch(() => null);
        return download(`${base}.svg`, table ? toSvg(g, { language, outliner: glyphOutliner(table) }) : first, 'image/svg+xml');
      }
      case 'html': {
        // The page carries this plan, this view and these positions, dragged ones included.
        const text = async (path: string) => (await fetch(path)).text();
        const index = await text('/standalone/index.html');
        const [script, style] = standaloneAssets(index);
        const embedded = { plan, query: viewToQuery(useAppStore.getState()), positions: canvasPositions() };
        const page = standalonePage(index, await text(`/standalone${script}`), await text(`/standalone${style}`), embedded);
        return download(`${base}.html`, page, 'text/html;charset=utf-8');
      }
      case 'graphml':
        return download(`${base}.graphml`, toGraphml(graph()), 'application/graphml+xml');
      case 'gexf':
        return download(`${base}.gexf`, toGexf(graph()), 'application/gexf+xml');
      case 'edges':
        return download(`${base}-edges.csv`, edgeListCsv(graph()), 'text/csv;charset=utf-8');
      case 'workload':
        return download(`${plan.document.id}-workload.csv`, workloadCsv(rankings?.workload ?? []), 'text/csv;charset=utf-8');
      case 'json':
        return download(`${plan.document.id}.json`, JSON.stringify(plan, null, 2), 'application/json');
    }
  };
  return (
    <div className="export-menu">
      <select aria-label={t.exportFormat} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
        <option value="png1">PNG 1×</option>
        <option value="png2">PNG 2×</option>
        <option value="png4">PNG 4×</option>
        <option value="png2t">PNG 2× ({t.transparent})</option>
        <option value="svg">SVG</option>
        <option value="html">HTML ({t.offlinePage})</option>
        <option value="graphml">GraphML (Gephi, yEd)</option>
        <option value="gexf">GEXF (Gephi)</option>
        <option value="edges">CSV · {t.edgeList}</option>
        <option value="workload">CSV · {t.workload}</option>
        <option value="json">JSON · {t.parsedPlan}</option>
      </select>
      <button className="button" onClick={() => void run()}>
        {t.export}
      </button>
    </div>
  );
}
