/**
 * Noto Sans CJK SC from Debian's fonts-noto-cjk, for turning labels into outlines so an
 * exported picture reads the same in any viewer, with or without Chinese fonts. The package
 * ships a font collection (.ttc), which opentype.js does not read: the SC face's table
 * directory is copied to the front of the file, where a single font's directory stands.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as opentypeModule from 'opentype.js';
import type { Font, Path } from 'opentype.js';
import type { GlyphTable } from '../shared/glyph-table';

export const CJK_FONT_FILE = process.env.FENGONG_CJK_FONT ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

const SC_FAMILY = 'Noto Sans CJK SC';

// The package's CommonJS entry (Node) exposes a default export, its ESM entry (bundlers)
// named ones: take whichever this loader gave.
const parseFont = opentypeModule.parse ?? opentypeModule.default!.parse;

let cached: Font | null = null;

/**
 * The SC face, parsed once per process. The face is found by reading the collection's name
 * tables before anything is parsed, and its glyphs are read only when asked for
 * (`lowMemory`): parsing every face of the 20 MB collection up front took seconds.
 */
export function loadCjkFont(file = CJK_FONT_FILE): Font {
  if (cached) return cached;
  if (!existsSync(file)) throw new Error(`${file} not found — install fonts-noto-cjk (scripts/install-system-packages.sh) or set FENGONG_CJK_FONT`);
  const bytes = readFileSync(file);
  const faces = bytes.toString('latin1', 0, 4) === 'ttcf' ? bytes.readUInt32BE(8) : 0;
  const directories = Array.from({ length: faces }, (_, i) => bytes.readUInt32BE(12 + 4 * i));
  const directory = faces === 0 ? null : directories.find((d) => familyOf(bytes, d) === SC_FAMILY);
  if (directory === undefined) throw new Error(`${file} has no ${SC_FAMILY} face`);
  const font = directory === null ? bytes : faceAsFont(bytes, directory);
  return (cached = parseFont(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength) as ArrayBuffer, { lowMemory: true }));
}

/** The Windows (UTF-16) family name of the face whose table directory starts at `directory`. */
function familyOf(bytes: Buffer, directory: number): string | null {
  const tables = bytes.readUInt16BE(directory + 4);
  for (let i = 0; i < tables; i++) {
    const record = directory + 12 + 16 * i;
    if (bytes.toString('latin1', record, record + 4) !== 'name') continue;
    const name = bytes.readUInt32BE(record + 8);
    const count = bytes.readUInt16BE(name + 2);
    const strings = name + bytes.readUInt16BE(name + 4);
    for (let k = 0; k < count; k++) {
      const at = name + 6 + 12 * k;
      if (bytes.readUInt16BE(at) !== 3 || bytes.readUInt16BE(at + 2) !== 1 || bytes.readUInt16BE(at + 6) !== 1) continue;
      const start = strings + bytes.readUInt16BE(at + 10);
      return Buffer.from(bytes.subarray(start, start + bytes.readUInt16BE(at + 8))).swap16().toString('utf16le');
    }
  }
  return null;
}

/** A copy of the collection whose first bytes are the face's directory; table offsets stay valid. */
function faceAsFont(collection: Buffer, directory: number): Buffer {
  const tables = collection.readUInt16BE(directory + 4);
  const copy = Buffer.from(collection);
  collection.copy(copy, 0, directory, directory + 12 + 16 * tables);
  return copy;
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

export { GLYPH_REQUEST_MAX_CHARACTERS } from '../shared/glyph-table';

/** Characters outlined between two turns of the event loop, so other requests are answered meanwhile. */
const STEP_CHARACTERS = 64;

type Outline = GlyphTable['glyphs'][string];

/**
 * Outlines made so far, by glyph: each glyph is outlined once per process. Keyed by glyph,
 * not by character, so the cache can hold no more entries than the font has glyphs, however
 * many different characters requests name (every unknown one is the same .notdef glyph).
 */
const outlines = new Map<number, Outline>();

function outlineOf(char: string, font: Font): Outline {
  const index = font.charToGlyphIndex(char);
  let outline = outlines.get(index);
  if (!outline) {
    const glyph = font.charToGlyph(char);
    outline = { d: repairedData(repaired(glyph.getPath(0, 0, font.unitsPerEm)).toPathData(2)), advance: glyph.advanceWidth ?? font.unitsPerEm };
    outlines.set(index, outline);
  }
  return outline;
}

/**
 * Outlines of the characters of `text` at one em. Glyph by glyph: opentype.js's whole-string
 * layout applies GPOS positioning that yields NaN for some pairs of this font, and CJK text
 * sets solid, so advancing by each glyph's width loses nothing.
 */
export function glyphTable(text: string, font: Font = loadCjkFont()): GlyphTable {
  const glyphs: GlyphTable['glyphs'] = {};
  for (const char of new Set(text)) glyphs[char] = outlineOf(char, font);
  return { unitsPerEm: font.unitsPerEm, glyphs };
}

/** The same table for the server: a few dozen characters at a time, yielding to other requests in between. */
export async function glyphTableInSteps(text: string, font: Font = loadCjkFont()): Promise<GlyphTable> {
  const glyphs: GlyphTable['glyphs'] = {};
  let done = 0;
  for (const char of new Set(text)) {
    glyphs[char] = outlineOf(char, font);
    if (++done % STEP_CHARACTERS === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return { unitsPerEm: font.unitsPerEm, glyphs };
}
