/**
 * Trimming by index. A regular expression anchored at the end (/\s+$/) is retried from
 * every position of a long run of spaces that does not reach the end, which makes one line
 * of spaces take time growing with the square of its length; walking the edges takes one
 * pass.
 */
const SPACE = /[\s\u3000\ufeff]/;

/** Where the text starts and ends once the spaces at its edges are left out. */
export function innerBounds(text: string, isEdge: (ch: string) => boolean = (ch) => SPACE.test(ch)): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text[start]!)) start++;
  while (end > start && isEdge(text[end - 1]!)) end--;
  return { start, end };
}

/** The text without the given characters at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}
