/**
 * Brandes' accumulation on a graph whose edges have lengths: Dijkstra from every source,
 * with the same rule for equal paths as networkx's `_single_source_dijkstra_path_basic`
 * (a path ties when its length, summed outward from the source, is the same number), so
 * that the values are networkx's. Buffers and the heap are allocated once per run.
 */
import type { CsrGraph } from './csr-graph';
import { DistanceHeap } from './distance-heap';

/** Raw betweenness (each pair counted from both ends) of a graph with edge lengths. */
export function accumulateWeighted(graph: CsrGraph): Float64Array {
  const { n, offsets, targets } = graph;
  const lengths = graph.lengths;
  if (!lengths) throw new Error('accumulateWeighted needs a graph with edge lengths');
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const share = new Float64Array(n);
  // Infinity until a source reaches the node. A settled node needs no flag: its distance is
  // below any path through a node settled after it, so neither test below can pass for it.
  const distance = new Float64Array(n).fill(Infinity);
  const order = new Int32Array(n);
  // Edges along which order[i] was, when settled, on a shortest path so far: candidates[from[i] … from[i+1]).
  const candidates = new Int32Array(targets.length);
  const from = new Int32Array(n + 1);
  const heap = new DistanceHeap(n);
  for (let s = 0; s < n; s++) {
    if (offsets[s] === offsets[s + 1]) continue;
    distance[s] = 0;
    sigma[s] = 1;
    heap.push(s, 0);
    let settled = 0;
    let k = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      from[settled] = k;
      order[settled++] = v;
      const at = distance[v]!;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const length = at + lengths[e]!;
        const known = distance[w]!;
        if (length < known) {
          distance[w] = length;
          sigma[w] = paths;
          if (known === Infinity) heap.push(w, length);
          else heap.decrease(w, length);
          candidates[k++] = e;
        } else if (length === known) {
          sigma[w]! += paths;
          candidates[k++] = e;
        }
      }
    }
    from[settled] = k;
    // Walking back in order of distance: w's successors are the candidates x for which
    // distance(w) + length(w, x) is still distance(x) — a shorter path found later voids the rest.
    for (let i = settled - 1; i > 0; i--) {
      const w = order[i]!;
      const at = distance[w]!;
      let pulled = 0;
      for (let j = from[i]!, end = from[i + 1]!; j < end; j++) {
        const e = candidates[j]!;
        const x = targets[e]!;
        if (at + lengths[e]! === distance[x]) pulled += share[x]!;
      }
      const delta = sigma[w]! * pulled;
      score[w]! += delta;
      share[w] = (1 + delta) / sigma[w]!;
    }
    for (let i = 0; i < settled; i++) distance[order[i]!] = Infinity;
  }
  return score;
}
