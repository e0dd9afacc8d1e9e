/**
 * The one path from a view to its picture, for the app, the offline page and the command
 * line alike: the scene measured with the CJK font's glyph widths, then drawn as SVG. Only
 * where the glyph outlines come from differs — the server, the page itself, or the font file.
 */
import type { ExportGraph } from './export-graph';
import type { GlyphTable } from '../../shared/glyph-table';
import { glyphOutliner } from './glyph-outliner';
import { pictureScene, type Scene } from './picture-scene';
import { sceneToSvg } from './scene-to-svg';
import type { Language } from '../i18n/messages';
import { unitLine } from '../i18n/unit-english';

/** Outlines of the given characters, or null when there is no font to be had. */
export type GlyphSource = (chars: string) => Promise<GlyphTable | null>;

export interface PictureOptions {
  language: Language;
  /** Labels as outlines (any viewer) or as text in the CJK font stack (editable). */
  labels: 'outline' | 'text';
  transparent?: boolean;
}

/** Full-width: what CJK characters take without a font to ask. */
const solid = (text: string, size: number) => size * [...text].length;

/**
 * The scene with text measured by the font. The characters are those of a first scene
 * measured without the font, plus every node's name (a label left out there may fit now).
 */
export async function measuredScene(graph: ExportGraph, language: Language, glyphs: GlyphSource): Promise<{ scene: Scene; table: GlyphTable | null }> {
  const draft = pictureScene(graph, language, solid);
  const names = graph.nodes.map((n) => (language === 'en' && n.group === 'unit' ? unitLine(n.label, graph.level) : n.label));
  const chars = new Set([...draft.shapes.flatMap((s) => (s.type === 'text' ? [...s.text] : [])), ...names.flatMap((n) => [...n])]);
  const table = await glyphs([...chars].join(''));
  if (!table) return { scene: draft, table: null };
  const outliner = glyphOutliner(table);
  return { scene: pictureScene(graph, language, outliner.width), table };
}

export async function pictureSvg(graph: ExportGraph, options: PictureOptions, glyphs: GlyphSource): Promise<string> {
  const { scene, table } = await measuredScene(graph, options.language, glyphs);
  const text = options.labels === 'outline' && table ? { mode: 'outline' as const, outliner: glyphOutliner(table) } : { mode: 'text' as const };
  return sceneToSvg(scene, text, { transparent: options.transparent ?? false });
}
