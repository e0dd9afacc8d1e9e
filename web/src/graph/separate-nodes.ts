/**
 * Pushes overlapping nodes apart after a force layout, which keeps nodes apart only on
 * average: pairs closer than their radii plus a gap move away from each other along the line
 * between them, half each, until none is (or a bound on rounds). Deterministic: the same
 * input gives the same output, so exports and the app agree.
 */
import { DiscGrid } from './disc-grid';

export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Pixels between the rims of two nodes, in layout units. */
export const NODE_GAP = 6;
const ROUNDS = 200;

/**
 * Each round visits the pairs (i, j), i < j, in index order and pushes the overlapping ones
 * apart at once, so a push moves the discs later pairs see. Only overlapping pairs do
 * anything, so they are found through a grid instead of by trying every pair: a draft layout
 * of 2,000 nodes has some 36,000 of them among 2 million pairs, and trying all of them took
 * 23 s. The grid finds the same pairs in the same order, so the positions are the same to
 * the last bit as those of the all-pairs loop.
 */
export function separateNodes(discs: readonly Disc[], gap = NODE_GAP): Disc[] {
  const out = discs.map((d) => ({ ...d }));
  if (out.length < 2) return out;
  // A NaN or infinite coordinate has no cell; the all-pairs loop gives it its own meaning.
  if (!out.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y) && Number.isFinite(d.r))) return separateAllPairs(out, gap);
  const reach = 2 * Math.max(...out.map((d) => d.r)) + gap;
  if (!(reach > 0)) return separateAllPairs(out, gap);
  const grid = new DiscGrid(out, reach);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      let j = grid.nextOverlap(i, i, gap);
      while (j !== -1) {
        push(out, i, j, gap);
        grid.moved(i);
        grid.moved(j);
        moved = true;
        j = grid.nextOverlap(i, j, gap);
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Moves discs i and j apart, half each, to their radii plus the gap. */
function push(out: Disc[], i: number, j: number, gap: number): void {
  const a = out[i]!;
  const b = out[j]!;
  const need = a.r + b.r + gap;
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const d = Math.hypot(dx, dy);
  if (d < 1e-6) {
    // Same place: part them along a direction fixed by their order.
    dx = Math.cos(i + j);
    dy = Math.sin(i + j);
  } else {
    dx /= d;
    dy /= d;
  }
  const step = (need - d) / 2 + 0.01;
  a.x -= dx * step;
  a.y -= dy * step;
  b.x += dx * step;
  b.y += dy * step;
}

/** Every pair in order: what the grid reproduces, kept for coordinates the grid cannot hold. */
export function separateAllPairs(discs: readonly Disc[], gap = NODE_GAP): Disc[] {
  const out = discs.map((d) => ({ ...d }));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (Math.hypot(b.x - a.x, b.y - a.y) >= a.r + b.r + gap) continue;
        push(out, i, j, gap);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
