/** opentype.js ships no types; these are the few calls the SVG export makes. */
declare module 'opentype.js' {
  interface PathCommand {
    type: 'M' | 'L' | 'C' | 'Q' | 'Z';
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  interface Path {
    commands: PathCommand[];
    toPathData(decimalPlaces?: number): string;
  }
  interface Glyph {
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
    /** 0 (.notdef) for a character the font lacks. */
    charToGlyphIndex(char: string): number;
    names: { windows?: { fontFamily?: Record<string, string> }; macintosh?: { fontFamily?: Record<string, string> } };
    getPath(text: string, x: number, y: number, fontSize: number): Path;
    getAdvanceWidth(text: string, fontSize: number): number;
  }
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  const opentype: { parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font } | undefined;
  export default opentype;
  export type { Font, Glyph, Path, PathCommand };
}
