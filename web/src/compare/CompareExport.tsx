/**
 * Export of the compare view: the aligned pictures as PNG (2×), SVG or a two-slide PowerPoint
 * deck, drawn by the app's export writers from the view's own union layout, and the diff
 * table as CSV. An export that takes longer than half a second says so.
 */
import { useState } from 'react';
import { glyphClient } from '../export/glyph-client';
import { svgToPngBlob } from '../export/svg-to-png-blob';
import type { Positions } from '../graph/layout-network';
import type { Comparison, CorpusRow } from './compare-rows';
import type { ComparePage } from './compare-url';
import type { CompareMessages } from './compare-messages';
import { compareFileName, comparePptx, compareSceneInput, compareSvg, type CompareFormat } from './compare-export';
import { diffCsv, download } from './diff-csv';

const PROGRESS_AFTER_MS = 500;
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

let glyphs: ReturnType<typeof glyphClient> | null = null;
/** One glyph client per page: outlines asked for once serve the next export. */
const pageGlyphs = () => (glyphs ??= glyphClient(null));

interface Props {
  page: Extract<ComparePage, { page: 'compare' }>;
  comparison: Comparison;
  positions: Positions;
  plans: readonly CorpusRow[];
  nameOf: (key: string) => string;
  t: CompareMessages;
}

export function CompareExport({ page, comparison, positions, plans, nameOf, t }: Props) {
  const [busy, setBusy] = useState(false);
  const documents = { A: page.documentA, B: page.documentB, by: page.by };
  const picture = async (format: CompareFormat) => {
    const input = compareSceneInput(comparison, positions, documents, plans, t);
    const name = compareFileName(documents, format);
    if (format === 'pptx') return download(await comparePptx(input, pageGlyphs()), name, PPTX);
    const svg = await compareSvg(input, pageGlyphs(), 'outline');
    if (format === 'png') return download(await svgToPngBlob(svg, 2), name, 'image/png');
    return download(svg, name, 'image/svg+xml');
  };
  const run = async (format: CompareFormat) => {
    const timer = setTimeout(() => setBusy(true), PROGRESS_AFTER_MS);
    try {
      await picture(format);
    } finally {
      clearTimeout(timer);
      setBusy(false);
    }
  };
  return (
    <p className="compare-export" data-testid="compare-export">
      {(
        [
          ['png', t.exportPng],
          ['svg', t.exportSvg],
          ['pptx', t.exportPptx],
        ] as const
      ).map(([format, label]) => (
        <button key={format} className="button" disabled={busy} onClick={() => void run(format)}>
          {label}
        </button>
      ))}
      <button className="button" onClick={() => download(diffCsv(comparison.units, page.by, page.documentA, page.documentB, nameOf), `${page.documentA}-vs-${page.documentB}-${page.by}.csv`)}>
        {t.diffCsv}
      </button>
      {busy && <progress aria-label={t.exporting} />}
    </p>
  );
}
