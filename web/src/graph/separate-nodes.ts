/**
 * Pushes overlapping nodes apart after a force layout, which keeps nodes apart only on
 * average: pairs closer than their radii plus a gap move away from each other along the line
 * between them, half each, until none is (or a bound on rounds). Deterministic: the same
 * input gives the same output, so exports and the app agree.
 */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Pixels between the rims of two nodes, in layout units. */
export const NODE_GAP = 6;
const ROUNDS = 200;

export function separateNodes(discs: readonly Disc[], gap = NODE_GAP): Disc[] {
  const out = discs.map((d) => ({ ...d }));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        const need = a.r + b.r + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) {
          // Same place: part them along a direction fixed by their order.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
        } else {
          dx /= d;
          dy /= d;
        }
        const push = (need - d) / 2 + 0.01;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
