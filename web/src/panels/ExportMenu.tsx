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
import { exportFileName } from '../export/export-file-name';
import { DEFAULT_EXPORT, EXPORT_CHOICES, exportChoiceId, type ExportChoice, type ExportFormat } from '../state/export-choice';
import { pictureCharacters } from '../export/picture-characters';
import { standaloneAssets, standalonePage } from '../export/standalone-page';
import { readEmbeddedPlan } from '../data/embedded-plan';
import { viewToQuery } from '../state/url-state';
import { networkFiltersOf } from '../state/network-filters';
import { toGexf } from '../export/to-gexf';
import { edgeListCsv, workloadCsv } from '../export/to-csv';
import { completeRankings } from '../data/rankings-betweenness';

/** The menu's label of an entry: the format as its users know it. */
function choiceLabel(c: ExportChoice, t: ReturnType<typeof useMessages>): string {
  const labels: Readonly<Record<ExportFormat, string>> = {
    png: `PNG ${c.scale}×${c.transparent ? ` (${t.transparent})` : ''}`,
    svg: 'SVG',
    'svg-text': `SVG (${t.editableText})`,
    pptx: 'PowerPoint (PPTX)',
    html: `HTML (${t.offlinePage})`,
    graphml: 'GraphML (Gephi, yEd)',
    gexf: 'GEXF (Gephi)',
    'edges-csv': `CSV · ${t.edgeList}`,
    'workload-csv': `CSV · ${t.workload}`,
    json: `JSON · ${t.parsedPlan}`,
  };
  return labels[c.format];
}

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
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_EXPORT);
  const [busy, setBusy] = useState(false);
  if (!plan) return null;

  const make = async (): Promise<void> => {
    // The network is built when an export is asked for, not on every render.
    const filters = networkFiltersOf(useAppStore.getState());
    const graph = () => exportGraph(plan, view, buildNetwork(view, plan, filters), canvasPositions(), filters);
    const { format, scale, transparent } = choice;
    const name = exportFileName({ plan: plan.document.id, view, filters, format, scale, transparent });
    switch (format) {
      case 'png': {
        const svg = await pictureSvg(graph(), { language, labels: 'outline', transparent }, pageGlyphs());
        return download(name, await svgToPngBlob(svg, scale), 'image/png');
      }
      case 'svg':
      case 'svg-text': {
        const svg = await pictureSvg(graph(), { language, labels: format === 'svg' ? 'outline' : 'text' }, pageGlyphs());
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
      case 'edges-csv':
        return download(name, edgeListCsv(graph()), 'text/csv;charset=utf-8');
      case 'workload-csv':
        return download(name, workloadCsv(rankings ? completeRankings(plan, rankings).workload : []), 'text/csv;charset=utf-8');
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
      <select aria-label={t.exportFormat} value={exportChoiceId(choice)} onChange={(e) => setChoice(EXPORT_CHOICES.find((c) => exportChoiceId(c) === e.target.value) ?? DEFAULT_EXPORT)}>
        {EXPORT_CHOICES.map((c) => (
          <option key={exportChoiceId(c)} value={exportChoiceId(c)}>
            {choiceLabel(c, t)}
          </option>
        ))}
      </select>
      <button className="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t.exporting : t.export}
      </button>
      {busy && <progress className="export-progress" aria-label={t.exporting} />}
    </div>
  );
}
