/**
 * Export of the current view (filters, threshold, positions): the picture — PNG at 1×, 2× or
 * 4× on white or transparent, SVG with outlined or editable labels, a PowerPoint slide — drawn
 * by the same functions as the command line, with title, legend and source; GraphML and GEXF
 * for Gephi and yEd, CSV for Excel, the offline page and the parsed plan. An export that takes
 * longer than half a second says so.
 */
import { useState } from 'react';
import { useAppStore } from '../state/store';
import { selectLanguage, selectPlan, selectRankings, selectView } from '../state/selectors';
import { useMessages } from '../i18n/useMessages';
import { buildNetwork } from '../graph/network-model';
import { canvasPositions } from '../graph/canvas-handle';
import { exportGraph } from '../export/export-graph';
import { toGraphml } from '../export/to-graphml';
import { measuredScene, pictureSvg } from '../export/picture-export';
import { glyphClient } from '../export/glyph-client';
import { svgToPngBlob } from '../export/svg-to-png-blob';
import { exportFileName, type ExportFormat } from '../export/export-file-name';
import { pictureCharacters } from '../export/picture-characters';
import { standaloneAssets, standalonePage } from '../export/standalone-page';
import { readEmbeddedPlan } from '../data/embedded-plan';
import { viewToQuery } from '../state/url-state';
import { networkFiltersOf } from '../state/network-filters';
import { toGexf } from '../export/to-gexf';
import { edgeListCsv, workloadCsv } from '../export/to-csv';

type Choice = 'png1' | 'png2' | 'png4' | 'png2t' | 'svg' | 'svg-text' | 'pptx' | 'html' | 'graphml' | 'gexf' | 'edges' | 'workload' | 'json';

const FORMAT_OF: Readonly<Record<Choice, ExportFormat>> = {
  png1: 'png',
  png2: 'png',
  png4: 'png',
  png2t: 'png',
  svg: 'svg',
  'svg-text': 'svg-text',
  pptx: 'pptx',
  html: 'html',
  graphml: 'graphml',
  gexf: 'gexf',
  edges: 'edges-csv',
  workload: 'workload-csv',
  json: 'json',
};

/** Half a second: below it an export feels immediate, above it the presenter wants a sign. */
const PROGRESS_AFTER_MS = 500;

let glyphs: ReturnType<typeof glyphClient> | null = null;
/** One glyph client per page: outlines asked for once are kept for the next export. */
const pageGlyphs = () => (glyphs ??= glyphClient(readEmbeddedPlan()?.glyphs ?? null));

function download(name: string, data: Blob | string | Uint8Array, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
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
  const [choice, setChoice] = useState<Choice>('png2');
  const [busy, setBusy] = useState(false);
  if (!plan) return null;

  const make = async (): Promise<void> => {
    // The network is built when an export is asked for, not on every render.
    const filters = networkFiltersOf(useAppStore.getState());
    const graph = () => exportGraph(plan, view, buildNetwork(view, plan, filters), canvasPositions(), filters);
    const scale = choice === 'png1' ? 1 : choice === 'png4' ? 4 : 2;
    const transparent = choice === 'png2t';
    const name = exportFileName({ plan: plan.document.id, view, filters, format: FORMAT_OF[choice], scale, transparent });
    switch (choice) {
      case 'png1':
      case 'png2':
      case 'png4':
      case 'png2t': {
        const svg = await pictureSvg(graph(), { language, labels: 'outline', transparent }, pageGlyphs());
        return download(name, await svgToPngBlob(svg, scale), 'image/png');
      }
      case 'svg':
      case 'svg-text': {
        const svg = await pictureSvg(graph(), { language, labels: choice === 'svg' ? 'outline' : 'text' }, pageGlyphs());
        return download(name, svg, 'image/svg+xml');
      }
      case 'pptx': {
        const g = graph();
        const { scene } = await measuredScene(g, language, pageGlyphs());
        // PptxGenJS and its zip writer are loaded when a deck is asked for, not with the app.
        const { scenesToPptx } = await import('../export/scene-to-pptx');
        const deck = await scenesToPptx([scene], { title: g.title, source: g.source });
        return download(name, deck, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      }
      case 'html': {
        // The page carries this plan, this view, these positions (dragged ones included) and
        // the outlines its pictures need, so it exports offline as the app does online.
        const text = async (path: string) => (await fetch(path)).text();
        const index = await text('/standalone/index.html');
        const [script, style] = standaloneAssets(index);
        const table = await pageGlyphs()(pictureCharacters(plan));
        const embedded = { plan, query: viewToQuery(useAppStore.getState()), positions: canvasPositions(), ...(table ? { glyphs: table } : {}) };
        const page = standalonePage(index, await text(`/standalone${script}`), await text(`/standalone${style}`), embedded);
        return download(name, page, 'text/html;charset=utf-8');
      }
      case 'graphml':
        return download(name, toGraphml(graph()), 'application/graphml+xml');
      case 'gexf':
        return download(name, toGexf(graph()), 'application/gexf+xml');
      case 'edges':
        return download(name, edgeListCsv(graph()), 'text/csv;charset=utf-8');
      case 'workload':
        return download(name, workloadCsv(rankings?.workload ?? []), 'text/csv;charset=utf-8');
      case 'json':
        return download(name, JSON.stringify(plan, null, 2), 'application/json');
    }
  };

  const run = async () => {
    const timer = setTimeout(() => setBusy(true), PROGRESS_AFTER_MS);
    try {
      await make();
    } finally {
      clearTimeout(timer);
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <select aria-label={t.exportFormat} value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
        <option value="png1">PNG 1×</option>
        <option value="png2">PNG 2×</option>
        <option value="png4">PNG 4×</option>
        <option value="png2t">PNG 2× ({t.transparent})</option>
        <option value="svg">SVG</option>
        <option value="svg-text">SVG ({t.editableText})</option>
        <option value="pptx">PowerPoint (PPTX)</option>
        <option value="html">HTML ({t.offlinePage})</option>
        <option value="graphml">GraphML (Gephi, yEd)</option>
        <option value="gexf">GEXF (Gephi)</option>
        <option value="edges">CSV · {t.edgeList}</option>
        <option value="workload">CSV · {t.workload}</option>
        <option value="json">JSON · {t.parsedPlan}</option>
      </select>
      <button className="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t.exporting : t.export}
      </button>
      {busy && <progress className="export-progress" aria-label={t.exporting} />}
    </div>
  );
}
