/**
 * A TextOutliner built from a table of glyph outlines (path data at one em, baseline at 0),
 * so the app can outline labels with the font the server has: each glyph's coordinates are
 * scaled and moved into place. opentype.js writes absolute M/L/C/Q/Z commands only, so the
 * numbers of a path are (x, y) pairs throughout.
 */
import type { TextOutliner } from './to-svg';

export interface GlyphTable {
  unitsPerEm: number;
  glyphs: Record<string, { d: string; advance: number }>;
}

export function glyphOutliner(table: GlyphTable): TextOutliner {
  const advance = (char: string, size: number) => ((table.glyphs[char]?.advance ?? table.unitsPerEm) * size) / table.unitsPerEm;
  return {
    width: (text, size) => [...text].reduce((sum, char) => sum + advance(char, size), 0),
    outline: (text, x, baseline, size) => {
      const scale = size / table.unitsPerEm;
      let at = x;
      let out = '';
      for (const char of text) {
        const d = table.glyphs[char]?.d ?? '';
        let index = 0;
        out += d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => {
          const value = Number(n) * scale + (index++ % 2 === 0 ? at : baseline);
          return String(Math.round(value * 100) / 100);
        });
        at += advance(char, size);
      }
      return out;
    },
  };
}
