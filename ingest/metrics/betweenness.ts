/**
 * Betweenness centrality of an unweighted, undirected graph by Brandes' algorithm
 * (J. Math. Sociol. 25(2), 2001), normalised as networkx and Gephi do: the share of
 * shortest paths between pairs of other nodes that pass through the node, divided by the
 * number of such pairs, (n−1)(n−2)/2. Neo4j Community has no graph-algorithms library,
 * so the loader computes it here and stores it on the Unit nodes.
 */
export function betweenness(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string]>): Map<string, number> {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const n = nodes.length;
  const adjacency: number[][] = nodes.map(() => []);
  for (const [a, b] of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    if (!adjacency[i]!.includes(j)) {
      adjacency[i]!.push(j);
      adjacency[j]!.push(i);
    }
  }
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const stack: number[] = [];
    const predecessors: number[][] = nodes.map(() => []);
    sigma.fill(0);
    distance.fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of adjacency[v]!) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) {
          sigma[w] = sigma[w]! + sigma[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    delta.fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) score[w] = score[w]! + delta[w]!;
    }
  }
  // Every pair was counted from both ends; the pair count of the other n−1 nodes is (n−1)(n−2)/2.
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return new Map(nodes.map((node, i) => [node, score[i]! * scale]));
}
