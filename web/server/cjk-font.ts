/**
 * Noto Sans CJK SC from Debian's fonts-noto-cjk, for turning labels into outlines so an
 * exported SVG reads the same in any viewer, with or without Chinese fonts. The package
 * ships a font collection (.ttc), which opentype.js does not read: the SC face's table
 * directory is copied to the front of the file, where a single font's directory stands.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as opentypeModule from 'opentype.js';
import type { Font, Path } from 'opentype.js';
import type { TextOutliner } from '../src/export/text-outliner';
import type { GlyphTable } from '../src/export/glyph-table';

export const CJK_FONT_FILE = process.env.FENGONG_CJK_FONT ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

// The package's CommonJS entry (Node) exposes a default export, its ESM entry (bundlers)
// named ones: take whichever this loader gave.
const parseFont = opentypeModule.parse ?? opentypeModule.default!.parse;

let cached: Font | null = null;

export function loadCjkFont(file = CJK_FONT_FILE): Font {
  if (cached) return cached;
  if (!existsSync(file)) throw new Error(`${file} not found — install fonts-noto-cjk (scripts/install-system-packages.sh) or set FENGONG_CJK_FONT`);
  const bytes = readFileSync(file);
  const faces = bytes.toString('latin1', 0, 4) === 'ttcf' ? bytes.readUInt32BE(8) : 0;
  const candidates = faces === 0 ? [bytes] : Array.from({ length: faces }, (_, i) => faceAsFont(bytes, bytes.readUInt32BE(12 + 4 * i)));
  for (const candidate of candidates) {
    const font = parseFont(candidate.buffer.slice(candidate.byteOffset, candidate.byteOffset + candidate.byteLength) as ArrayBuffer);
    const family = font.names.windows?.fontFamily?.en ?? font.names.macintosh?.fontFamily?.en ?? '';
    if (faces === 0 || family === 'Noto Sans CJK SC') return (cached = font);
  }
  throw new Error(`${file} has no Noto Sans CJK SC face`);
}

/** A copy of the collection whose first bytes are the face's directory; table offsets stay valid. */
function faceAsFont(collection: Buffer, directory: number): Buffer {
  const tables = collection.readUInt16BE(directory + 4);
  const copy = Buffer.from(collection);
  collection.copy(copy, 0, directory, directory + 12 + 16 * tables);
  return copy;
}

/**
 * Glyph by glyph: opentype.js's whole-string layout applies GPOS positioning that yields NaN
 * coordinates for some pairs of this font, which cut a label short where it occurred.
 * CJK text sets solid, so advancing by each glyph's width loses nothing.
 */
export function cjkOutliner(font: Font = loadCjkFont()): TextOutliner {
  const advance = (char: string, size: number) => ((font.charToGlyph(char).advanceWidth ?? font.unitsPerEm) * size) / font.unitsPerEm;
  return {
    width: (text, size) => [...text].reduce((sum, char) => sum + advance(char, size), 0),
    outline: (text, x, baseline, size) => {
      let at = x;
      const parts: string[] = [];
      for (const char of text) {
        parts.push(repairedData(repaired(font.charToGlyph(char).getPath(at, baseline, size)).toPathData(2)));
        at += advance(char, size);
      }
      return parts.join('');
    },
  };
}

/**
 * opentype.js's CFF reader sometimes yields NaN control points for a curve of this font
 * (it depends on which glyphs were read before). A curve with a bad control point becomes a
 * line to its end point — one stroke a little straighter — instead of cutting the label off.
 */
function repaired(path: Path): Path {
  const finite = (...values: Array<number | undefined>) => values.every((v) => v === undefined || Number.isFinite(v));
  path.commands = path.commands.flatMap((command) => {
    if (!finite(command.x, command.y)) return [];
    if (finite(command.x1, command.y1, command.x2, command.y2)) return [command];
    return [{ type: 'L' as const, x: command.x, y: command.y }];
  });
  return path;
}

/** The same repair on path data, for NaN that appears only when the path is written out. */
function repairedData(data: string): string {
  return data.replace(/([MLCQ])([^MLCQZ]*)/g, (segment, type: string, args: string) => {
    if (!segment.includes('NaN')) return segment;
    const numbers = args.trim().split(/[\s,]+/);
    const [x, y] = numbers.slice(-2);
    return x && y && !x.includes('NaN') && !y.includes('NaN') ? `L${x} ${y}` : '';
  });
}

/** Outlines of the characters of `text` at one em, for the app's SVG export. */
export function glyphTable(text: string, font: Font = loadCjkFont()): GlyphTable {
  const glyphs: GlyphTable['glyphs'] = {};
  for (const char of new Set(text)) {
    const glyph = font.charToGlyph(char);
    glyphs[char] = { d: repairedData(repaired(glyph.getPath(0, 0, font.unitsPerEm)).toPathData(2)), advance: glyph.advanceWidth ?? font.unitsPerEm };
  }
  return { unitsPerEm: font.unitsPerEm, glyphs };
}
