/**
 * A TextOutliner built from a table of glyph outlines (path data at one em, baseline at 0):
 * each glyph's coordinates are scaled and moved into place. The app, the offline page and
 * the command line all outline labels through this one function, whatever the table's source.
 */
import type { TextOutliner } from './text-outliner';
import type { GlyphTable } from '../../shared/glyph-table';

// A command letter, or a number as SVG writes it: `505-79`, `.5.5` and `1e-3` are all
// several numbers or one with no space between them.
const TOKEN = /[MLCQZmlcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Path data of one glyph moved to (x, baseline) at `size`. opentype.js writes absolute
 * M/L/C/Q/Z commands only, so the numbers of a path are (x, y) pairs throughout. The numbers
 * are written out with a separator each: the compact form relies on a minus sign to
 * separate them, and the sign of a moved number is not that of the original.
 */
export function placeGlyph(d: string, x: number, baseline: number, scale: number): string {
  let index = 0;
  let out = '';
  let afterNumber = false;
  for (const token of d.match(TOKEN) ?? []) {
    if (/^[A-Za-z]$/.test(token)) {
      out += token;
      afterNumber = false;
      continue;
    }
    const value = Number(token) * scale + (index++ % 2 === 0 ? x : baseline);
    out += (afterNumber ? ' ' : '') + String(Math.round(value * 100) / 100);
    afterNumber = true;
  }
  return out;
}

export function glyphOutliner(table: GlyphTable): TextOutliner {
  const advance = (char: string, size: number) => ((table.glyphs[char]?.advance ?? table.unitsPerEm) * size) / table.unitsPerEm;
  return {
    width: (text, size) => [...text].reduce((sum, char) => sum + advance(char, size), 0),
    outline: (text, x, baseline, size) => {
      let at = x;
      let out = '';
      for (const char of text) {
        out += placeGlyph(table.glyphs[char]?.d ?? '', at, baseline, size / table.unitsPerEm);
        at += advance(char, size);
      }
      return out;
    },
  };
}
