/**
 * A uniform grid over discs that are being moved, for node separation: which disc after a
 * given index overlaps disc i where they stand now. Cells are as wide as the largest
 * distance at which two discs can overlap, so an overlapping disc is in one of the nine
 * cells around i's.
 */
import type { Disc } from './separate-nodes';

export class DiscGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly keys: number[];

  /** `reach`: the largest sum of two radii plus the gap. */
  constructor(
    private readonly discs: readonly Disc[],
    private readonly reach: number,
  ) {
    this.keys = discs.map((d, i) => {
      const key = this.keyAt(d.x, d.y);
      this.bucket(key).push(i);
      return key;
    });
  }

  /**
   * The smallest index j > after whose disc overlaps disc i (closer than their radii plus
   * the gap, computed as the all-pairs loop computes it), or -1.
   */
  nextOverlap(i: number, after: number, gap: number): number {
    const a = this.discs[i]!;
    const [cx, cy] = this.cellOf(a.x, a.y);
    let best = -1;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const members = this.cells.get(cellKey(gx, gy));
        if (!members) continue;
        for (const j of members) {
          if (j <= after || (best !== -1 && j >= best)) continue;
          const b = this.discs[j]!;
          if (Math.hypot(b.x - a.x, b.y - a.y) < a.r + b.r + gap) best = j;
        }
      }
    }
    return best;
  }

  /** Disc i has moved: file it under the cell it is in now. */
  moved(i: number): void {
    const d = this.discs[i]!;
    const key = this.keyAt(d.x, d.y);
    const old = this.keys[i]!;
    if (key === old) return;
    const members = this.cells.get(old)!;
    const at = members.indexOf(i);
    members[at] = members[members.length - 1]!;
    members.pop();
    if (members.length === 0) this.cells.delete(old);
    this.bucket(key).push(i);
    this.keys[i] = key;
  }

  private cellOf(x: number, y: number): [number, number] {
    return [Math.floor(x / this.reach), Math.floor(y / this.reach)];
  }

  private keyAt(x: number, y: number): number {
    const [cx, cy] = this.cellOf(x, y);
    return cellKey(cx, cy);
  }

  private bucket(key: number): number[] {
    let members = this.cells.get(key);
    if (!members) this.cells.set(key, (members = []));
    return members;
  }
}

/**
 * A number per cell. Far-apart cells may share one (it wraps every 65,536 cells); that only
 * adds candidates, which the distance test then turns away, so no overlap is missed.
 */
const cellKey = (cx: number, cy: number) => ((cx & 0xffff) << 16) | (cy & 0xffff);
