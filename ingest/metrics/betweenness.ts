/**
 * Betweenness centrality of an undirected graph by Brandes' algorithm (J. Math. Sociol.
 * 25(2), 2001), normalised as networkx and Gephi do: the share of shortest paths between
 * pairs of other nodes that pass through the node, divided by the number of such pairs,
 * (n−1)(n−2)/2. Neo4j Community has no graph-algorithms library, so the loader computes it
 * here and stores it on the Unit nodes. Unweighted, paths are counted in hops; weighted,
 * an edge's strength (the tasks a pair shares) makes it short: its length is 1/strength,
 * the distance networkx is given as its `weight` attribute.
 */
import { toCsr, type CsrGraph } from './csr-graph';
import { accumulateWeighted } from './brandes-weighted';

/** Betweenness with every edge one hop long. Self-loops, repeated edges and unknown names are ignored. */
export function betweenness(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string]>): Map<string, number> {
  const graph = toCsr(nodes, edges);
  return normalised(nodes, accumulateUnweighted(graph));
}

/**
 * Betweenness on shortest paths by length, an edge of strength s being 1/s long. Strengths
 * must be positive and finite (a RangeError names the first edge that is not). Paths tie only
 * when their lengths, summed from the source as networkx sums them, are equal numbers.
 */
export function weightedBetweenness(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string, number]>): Map<string, number> {
  const graph = toCsr(nodes, edges, edges.map((e) => e[2]));
  return normalised(nodes, accumulateWeighted(graph));
}

function normalised(nodes: readonly string[], score: Float64Array): Map<string, number> {
  const n = nodes.length;
  // Every pair was counted from both ends; the pair count of the other n−1 nodes is (n−1)(n−2)/2.
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const result = new Map<string, number>();
  for (let i = 0; i < n; i++) result.set(nodes[i]!, score[i]! * scale);
  return result;
}

/**
 * Breadth-first Brandes over the CSR arrays. The queue doubles as the stack (nodes leave it
 * in order of distance). The search writes down, per node in queue order, its neighbours one
 * hop further out; walking back, a node sums their shares (1 + δ)/σ, already final, instead
 * of keeping predecessor lists. Only the nodes a source reached are reset for the next one.
 */
function accumulateUnweighted(graph: CsrGraph): Float64Array {
  const { n, offsets, targets } = graph;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const share = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  // successors[from[i] … from[i+1]) are the neighbours of order[i] one hop further out.
  const successors = new Int32Array(targets.length);
  const from = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    if (offsets[s] === offsets[s + 1]) continue;
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let reached = 1;
    let k = 0;
    for (let head = 0; head < reached; head++) {
      from[head] = k;
      const v = order[head]!;
      const next = distance[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const d = distance[w]!;
        if (d < 0) {
          distance[w] = next;
          sigma[w] = paths;
          order[reached++] = w;
          successors[k++] = w;
        } else if (d === next) {
          sigma[w]! += paths;
          successors[k++] = w;
        }
      }
    }
    from[reached] = k;
    for (let i = reached - 1; i > 0; i--) {
      let pulled = 0;
      for (let j = from[i]!, end = from[i + 1]!; j < end; j++) pulled += share[successors[j]!]!;
      const w = order[i]!;
      const delta = sigma[w]! * pulled;
      score[w]! += delta;
      share[w] = (1 + delta) / sigma[w]!;
    }
    for (let i = 0; i < reached; i++) distance[order[i]!] = -1;
  }
  return score;
}
