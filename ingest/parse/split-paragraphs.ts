/**
 * Text to paragraphs. In this genre every non-empty line is a paragraph; indentation
 * (ASCII or ideographic spaces) and CR of CRLF files are trimmed, offsets kept.
 */
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

const EDGE_SPACE = /^[\s\u3000\ufeff]+|[\s\u3000]+$/g;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line += 1;
    const lead = raw.length - raw.replace(/^[\s\u3000\ufeff]+/, '').length;
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed.length > 0) {
      paragraphs.push({ index: paragraphs.length + 1, line, text: trimmed, start: offset + lead });
    }
    offset += raw.length + 1;
  }
  return paragraphs;
}
