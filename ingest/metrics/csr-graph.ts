/**
 * An undirected graph in compressed sparse row form: the neighbours of node v are
 * targets[offsets[v] … offsets[v+1]), each edge stored once from each end. Typed arrays
 * keep the centrality loops free of objects and pointer chasing.
 */

export interface CsrGraph {
  readonly n: number;
  /** n + 1 entries: where each node's neighbours start in `targets`. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The length of each entry of `targets` (1 / strength); null for an unweighted graph. */
  readonly lengths: Float64Array | null;
}

/**
 * Builds the adjacency of `nodes` from edges named by node, skipping self-loops and edges to
 * unknown nodes. A pair given twice is one edge; with strengths, the last one given counts,
 * as when networkx adds an edge again. A strength must be a positive finite number: the
 * length of an edge is its reciprocal, so a pair that shares more tasks is closer.
 */
export function toCsr(
  nodes: readonly string[],
  edges: ReadonlyArray<readonly [string, string, ...number[]]>,
  strengths: ReadonlyArray<number> | null = null,
): CsrGraph {
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(nodes[i]!, i);
  const ends = new Int32Array(edges.length * 2).fill(-1);
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < edges.length; e++) {
    const [a, b] = edges[e]!;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    if (strengths) {
      const s = strengths[e];
      if (s === undefined || !(s > 0) || !Number.isFinite(s)) throw new RangeError(`edge ${a}–${b}: strength ${String(s)} is not a positive finite number`);
    }
    ends[2 * e] = i;
    ends[2 * e + 1] = j;
    degree[i]!++;
    degree[j]!++;
  }
  // Entries in input order per node, repeats included; then each node's run is compacted.
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v]! + degree[v]!;
  const fill = start.slice(0, n);
  const rawTargets = new Int32Array(start[n]!);
  const rawEdge = new Int32Array(start[n]!);
  for (let e = 0; e < edges.length; e++) {
    const i = ends[2 * e]!;
    if (i < 0) continue;
    const j = ends[2 * e + 1]!;
    rawTargets[fill[i]!] = j;
    rawEdge[fill[i]!++] = e;
    rawTargets[fill[j]!] = i;
    rawEdge[fill[j]!++] = e;
  }
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(start[n]!);
  const lengths = strengths ? new Float64Array(start[n]!) : null;
  const seenFrom = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let k = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = k;
    for (let r = start[v]!; r < start[v + 1]!; r++) {
      const w = rawTargets[r]!;
      const at = seenFrom[w] === v ? slot[w]! : k++;
      seenFrom[w] = v;
      slot[w] = at;
      targets[at] = w;
      if (lengths) lengths[at] = 1 / strengths![rawEdge[r]!]!;
    }
  }
  offsets[n] = k;
  return { n, offsets, targets: targets.subarray(0, k), lengths: lengths ? lengths.subarray(0, k) : null };
}
