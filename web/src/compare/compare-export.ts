/**
 * The comparison's pictures through the app's one export path: the scene measured with the
 * CJK font's glyph widths, then written by the same SVG and PPTX writers as a plan's picture
 * (the PNG is the SVG rasterised). The app and `npm run export -- --compare` differ only in
 * where the glyph outlines come from.
 */
import type { Scene } from '../export/picture-scene';
import type { GlyphSource } from '../export/picture-export';
import type { GlyphTable } from '../../shared/glyph-table';
import { glyphOutliner } from '../export/glyph-outliner';
import { sceneToSvg } from '../export/scene-to-svg';
import type { Positions } from '../graph/layout-network';
import type { CompareBy, Comparison, CorpusRow } from './compare-rows';
import type { CompareMessages } from './compare-messages';
import { compareScene, compareSlides, type CompareSceneInput, type Measure } from './compare-scene';

/** Full-width: what CJK characters take before the font is at hand. */
const solid: Measure = (text, size) => size * [...text].length;

/** The words of the picture: headings with region, year and level, the mode, the source. */
export function compareSceneInput(
  comparison: Comparison,
  positions: Positions,
  documents: { A: string; B: string; by: CompareBy },
  corpus: readonly CorpusRow[],
  t: CompareMessages,
): CompareSceneInput {
  const plan = (side: 'A' | 'B') => {
    const id = documents[side];
    const row = corpus.find((p) => p.document === id);
    const facts = row ? [row.region, row.year === null ? null : String(row.year), row.level ? t.levels[row.level] : null].filter(Boolean) : [];
    return { heading: `${side} · ${facts.length > 0 ? facts.join(' · ') : id}`, title: row?.title ?? id };
  };
  return {
    comparison,
    positions,
    plans: { A: plan('A'), B: plan('B') },
    title: `${t.compareTitle} · ${documents.by === 'identity' ? t.byIdentity : t.byFunction}`,
    subtitle: t.modeStated(documents.by),
    source: t.pictureSource(documents.A, documents.B),
    t,
  };
}

/** Scenes laid out with the font's widths; the characters asked for include every unit's name, as a name left out of the draft may fit now. */
async function measured(input: CompareSceneInput, build: (input: CompareSceneInput, measure: Measure) => Scene[], glyphs: GlyphSource): Promise<{ scenes: Scene[]; table: GlyphTable | null }> {
  const draft = build(input, solid);
  const names = input.comparison.units.flatMap((u) => [...u.namesA, ...u.namesB]).join('、');
  const chars = new Set([...draft.flatMap((s) => s.shapes.flatMap((shape) => (shape.type === 'text' ? [...shape.text] : []))), ...names]);
  const table = await glyphs([...chars].join(''));
  if (!table) return { scenes: draft, table: null };
  return { scenes: build(input, glyphOutliner(table).width), table };
}

/** Both plans side by side as SVG: text outlined (any viewer) or kept as text (editable). */
export async function compareSvg(input: CompareSceneInput, glyphs: GlyphSource, labels: 'outline' | 'text', transparent = false): Promise<string> {
  const { scenes, table } = await measured(input, (i, m) => [compareScene(i, m)], glyphs);
  const text = labels === 'outline' && table ? { mode: 'outline' as const, outliner: glyphOutliner(table) } : { mode: 'text' as const };
  return sceneToSvg(scenes[0]!, text, { transparent });
}

/** A deck of two slides, one plan on each, the units at the same places on both. */
export async function comparePptx(input: CompareSceneInput, glyphs: GlyphSource): Promise<Uint8Array> {
  const { scenes } = await measured(input, compareSlides, glyphs);
  // Loaded on demand, as the app's own PPTX export does: the writer is no part of the first load.
  const { scenesToPptx } = await import('../export/scene-to-pptx');
  return scenesToPptx(scenes, { title: input.title, source: input.source });
}

export type CompareFormat = 'png' | 'svg' | 'svg-text' | 'pptx';

/** `<A>-vs-<B>-<by>@<scale>x.png`, beside the diff's `<A>-vs-<B>-<by>.csv`. */
export function compareFileName(documents: { A: string; B: string; by: CompareBy }, format: CompareFormat, scale = 2): string {
  const stem = `${documents.A}-vs-${documents.B}-${documents.by}`;
  if (format === 'png') return `${stem}@${scale}x.png`;
  if (format === 'svg-text') return `${stem}@1x-text.svg`;
  return `${stem}@1x.${format}`;
}
