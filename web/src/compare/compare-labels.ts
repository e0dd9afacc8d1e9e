/**
 * Names for the discs of one comparison panel: units of one plan only first (what a reader
 * looks for), then the busiest. A name goes under, over, right or left of its disc where it
 * covers no disc and no name already placed, inside the panel; one that fits nowhere is left
 * to the disc's own name (a <title> in SVG, the shape's name in PPTX). Pure.
 */
export const LABEL_SIZE = 13;

interface Disc {
  text: string;
  x: number;
  y: number;
  r: number;
  marked: boolean;
  load: number;
}
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function placeCompareLabels(
  discs: readonly Disc[],
  bounds: { x1: number; x2: number; y1: number; y2: number },
  measure: (text: string, size: number) => number,
): Array<{ text: string; x: number; baseline: number; size: number }> {
  const taken: Box[] = discs.map((d) => ({ x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }));
  const out: Array<{ text: string; x: number; baseline: number; size: number }> = [];
  const order = [...discs].sort((a, b) => Number(b.marked) - Number(a.marked) || b.load - a.load || a.text.localeCompare(b.text));
  for (const d of order) {
    const [w, h] = [measure(d.text, LABEL_SIZE), LABEL_SIZE + 2];
    const spots: Box[] = [
      { x: d.x - w / 2, y: d.y + d.r + 2, w, h },
      { x: d.x - w / 2, y: d.y - d.r - h - 2, w, h },
      { x: d.x + d.r + 3, y: d.y - h / 2, w, h },
      { x: d.x - d.r - 3 - w, y: d.y - h / 2, w, h },
    ].filter((s) => s.x >= bounds.x1 && s.x + s.w <= bounds.x2 && s.y >= bounds.y1 && s.y + s.h <= bounds.y2);
    const spot = spots.find((s) => !taken.some((o) => overlaps(s, o)));
    if (!spot) continue;
    taken.push(spot);
    out.push({ text: d.text, x: spot.x, baseline: spot.y + LABEL_SIZE - 1, size: LABEL_SIZE });
  }
  return out;
}
