/**
 * Outlines of characters at one em, baseline at 0, as the server's CJK font draws them: what
 * `/api/glyphs` answers, what the command line reads from the font, what an offline page
 * carries. Validated where it crosses a boundary.
 */
import { z } from 'zod';

export const GlyphTable = z.object({
  unitsPerEm: z.number().positive(),
  glyphs: z.record(z.string(), z.object({ d: z.string(), advance: z.number() })),
});
export type GlyphTable = z.infer<typeof GlyphTable>;

/**
 * Distinct characters one /api/glyphs request may ask for: a plan's labels, title and legend
 * need a few hundred; the app asks for more in parts. Outlining an uncached character takes
 * about half a millisecond.
 */
export const GLYPH_REQUEST_MAX_CHARACTERS = 1000;
