/**
 * Seeded co-ownership networks for the centrality benchmark, grown the way plans grow them:
 * one task per unit, led by that unit (so every unit is on a task) and shared with one to
 * four others drawn with a heavy tail (a few departments are on many tasks, most on few);
 * every pair of a task's units is tied, the strength of a tie the number of tasks the pair
 * shares. The same size and seed give the same graph anywhere.
 */

export interface StrengthGraph {
  readonly nodes: string[];
  /** [a, b, shared tasks], each pair once. */
  readonly edges: Array<[string, string, number]>;
}

/** mulberry32: a small, well-mixed 32-bit generator; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A network of `units` nodes from as many tasks. */
export function coOwnershipGraph(units: number, seed: number): StrengthGraph {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: units }, (_, i) => `u${i}`);
  // Unit i is drawn with weight 1/(i+1)^0.8: heavy-tailed like the seed's workloads.
  const cumulative = new Float64Array(units);
  let total = 0;
  for (let i = 0; i < units; i++) cumulative[i] = total += 1 / Math.pow(i + 1, 0.8);
  const draw = (): number => {
    const target = random() * total;
    let lo = 0;
    let hi = units - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const shared = new Map<number, number>();
  for (let t = 0; t < units; t++) {
    const size = 2 + Math.floor(random() * 4);
    const team = new Set<number>([t]);
    while (team.size < size) team.add(draw());
    const members = [...team].sort((a, b) => a - b);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = members[i]! * units + members[j]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const edges = [...shared].map(([key, count]): [string, string, number] => [nodes[Math.floor(key / units)]!, nodes[key % units]!, count]);
  return { nodes, edges };
}
