/** Splits a text into plain and marked pieces, for highlighting a unit's words in a division. */
export interface Piece {
  text: string;
  marked: boolean;
}

/** `ranges` are [start, end) offsets into `text`; overlapping or invalid ones are skipped. */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]>): Piece[] {
  const valid = [...ranges].filter(([s, e]) => s >= 0 && e <= text.length && s < e).sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of valid) {
    if (s < at) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false });
    pieces.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
