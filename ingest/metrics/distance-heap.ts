/**
 * A min-heap of node numbers by distance with decrease-key: Dijkstra's queue without one
 * object per entry. Each slot keeps its key beside the node so that comparisons read one
 * contiguous array; the arrays are allocated once and reused for every source of a run.
 */
export class DistanceHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  /** Where each node sits in the heap, or -1. */
  private readonly position: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  push(v: number, key: number): void {
    this.up(this.count++, v, key);
  }

  /** Moves v, already in the heap, up to its smaller key. */
  decrease(v: number, key: number): void {
    this.up(this.position[v]!, v, key);
  }

  /** Removes and returns the node of smallest key. */
  pop(): number {
    const { nodes, keys, position } = this;
    const top = nodes[0]!;
    position[top] = -1;
    const last = --this.count;
    if (last === 0) return top;
    // Floyd's variant: walk the hole down along the smaller children to a leaf, then bring
    // the last entry up from there; it usually belongs near the bottom, so this compares less.
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      const c = nodes[child]!;
      nodes[hole] = c;
      keys[hole] = keys[child]!;
      position[c] = hole;
      hole = child;
    }
    this.up(hole, nodes[last]!, keys[last]!);
    return top;
  }

  private up(at: number, v: number, key: number): void {
    const { nodes, keys, position } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent]! <= key) break;
      const p = nodes[parent]!;
      nodes[at] = p;
      keys[at] = keys[parent]!;
      position[p] = at;
      at = parent;
    }
    nodes[at] = v;
    keys[at] = key;
    position[v] = at;
  }
}
