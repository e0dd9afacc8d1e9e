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

/** A line of a page with where it starts and ends across the page. */
interface PlacedLine {
  text: string;
  left: number;
  right: number;
  size: number;
  /** Runs of text the line holds apart by wide gaps: more than one is a row of a table. */
  cells: number;
}

/** The page's lines of text, top to bottom, without empty ones. */
export function textLines(pieces: readonly PlacedText[]): string[] {
  return placedLines(pieces).map((line) => line.text);
}

/**
 * The paragraphs of a document's pages: a paragraph that wraps at the right margin goes on
 * at the left margin of the next line, also across a page break. A line continues the one
 * above when that one reaches the right margin and this one is not indented and does not
 * open with a number or a label of its own (一、 (三) 12. 部门分工: 牵头单位:), which start
 * paragraphs in this genre. Margins are measured on each page.
 */
export function textParagraphs(pages: ReadonlyArray<readonly PlacedText[]>): Array<{ text: string; page: number }> {
  const paragraphs: Array<{ text: string; page: number }> = [];
  let previous: { line: PlacedLine; full: boolean } | null = null;
  pages.forEach((pieces, index) => {
    const lines = placedLines(pieces);
    if (lines.length === 0) return;
    const right = Math.max(...lines.map((l) => l.right));
    const left = Math.min(...lines.map((l) => l.left));
    for (const line of lines) {
      const indented = line.left > left + 0.5 * line.size;
      const prose = line.cells === 1 && previous?.line.cells === 1;
      // A number or label after a finished sentence opens a paragraph; after a line broken
      // mid-sentence it is only the next words of it (…完成;2.推进… wrapped before 2.).
      const opens = OPENS_PARAGRAPH.test(line.text) && SENTENCE_END.test(previous?.line.text ?? '。');
      if (previous?.full && prose && !indented && !opens) paragraphs[paragraphs.length - 1]!.text += line.text;
      else paragraphs.push({ text: line.text, page: index + 1 });
      // Line breaking keeps a closing mark with the character before it (配合。), so a wrapped line
      // may stop up to two characters short of the margin.
      previous = { line, full: line.right >= right - 3 * line.size };
    }
  });
  return paragraphs;
}

const SENTENCE_END = /[。；;：:！？!?）)]$/;
const OPENS_PARAGRAPH = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[.、．](?!\d)|[\u4e00-\u9fa5]{2,6}[:：])/;

function placedLines(pieces: readonly PlacedText[]): PlacedLine[] {
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
  return lines
    .map((line) => ({
      text: joinLine(line),
      cells: cellsOf(line),
      left: Math.min(...line.map((p) => p.x)),
      right: Math.max(...line.map((p) => p.x + p.width)),
      size: Math.max(...line.map((p) => p.size)),
    }))
    .filter((line) => line.text !== '');
}

/** Runs of a line separated by gaps wider than a character and a half: table cells. */
function cellsOf(line: readonly PlacedText[]): number {
  let cells = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of [...line].sort((a, b) => a.x - b.x)) {
    if (piece.x - end > 1.5 * piece.size) cells++;
    end = Math.max(end, piece.x + piece.width);
  }
  return cells;
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
