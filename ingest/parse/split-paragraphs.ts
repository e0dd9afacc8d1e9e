/**
 * Text to paragraphs. In this genre every non-empty line is a paragraph; indentation (ASCII
 * or ideographic spaces) is trimmed and offsets kept. Lines end with LF, CRLF or a lone CR
 * (old Mac and some export tools), all three counted as one line end.
 */
import { innerBounds } from './text-edges';

export interface Paragraph {
  /** 1-based index among non-empty lines. */
  index: number;
  /** 1-based line number. */
  line: number;
  /** The trimmed text. */
  text: string;
  /** Offset of `text` in the document. */
  start: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = 0;
  let lineStart = 0;
  // Without a CR in the text, each line end is found by indexOf, far faster than a loop.
  const lfOnly = !text.includes('\r');
  for (let i = 0; i <= text.length; i++) {
    if (lfOnly) {
      const lf = text.indexOf('\n', i);
      i = lf < 0 ? text.length : lf;
    }
    const ch = text[i];
    if (i < text.length && ch !== '\n' && ch !== '\r') continue;
    line += 1;
    const raw = text.slice(lineStart, i);
    const { start, end } = innerBounds(raw);
    if (end > start) paragraphs.push({ index: paragraphs.length + 1, line, text: raw.slice(start, end), start: lineStart + start });
    if (ch === '\r' && text[i + 1] === '\n') i++;
    lineStart = i + 1;
  }
  return paragraphs;
}
