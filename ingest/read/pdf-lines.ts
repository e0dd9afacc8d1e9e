/**
 * Lines of a PDF page rebuilt from its positioned text pieces: pieces on one baseline form a
 * line, read left to right; lines are read top to bottom. A wide gap between two pieces (the
 * space between two table cells) becomes one space.
 */

/** A run of text where the page draws it (PDF user space: y grows upwards). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The type size, the height of the text. */
  readonly size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The page's lines of text, top to bottom, without empty ones. */
export function textLines(pieces: readonly PlacedText[]): string[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Pieces of one line share a baseline to within half the type size (mixed fonts, raised
    // footnote marks); the next line is a whole line height away.
    if (line && first && Math.abs(first.y - piece.y) <= 0.5 * Math.max(first.size, piece.size)) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map(joinLine).filter((text) => text !== '');
}

function joinLine(line: PlacedText[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of [...line].sort((a, b) => a.x - b.x)) {
    const gap = piece.x - end;
    // Justified Chinese spreads characters apart, so between two CJK characters only a gap of
    // most of a character is a column boundary; elsewhere a fifth of the size is a word space.
    const cjkJoin = CJK.test(text.slice(-1)) && CJK.test(piece.text.trimStart().charAt(0));
    if (text !== '' && gap > (cjkJoin ? 0.8 : 0.2) * piece.size) text += ' ';
    text += piece.text;
    end = Math.max(end, piece.x + piece.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}
