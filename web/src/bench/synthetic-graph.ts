/**
 * Synthetic networks shaped like division plans at scale: preferential attachment (a few
 * units co-own many tasks, most few), from a seeded generator so every run gets the same.
 */
import { mulberry32 } from '../graph/seeded-layout';

export function syntheticNetwork(nodes: number, edgesPerNode: number, seed: number): { nodes: string[]; edges: Array<[string, string]> } {
  const random = mulberry32(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const edges: Array<[string, string]> = [];
  const ends: number[] = [0];
  const seen = new Set<string>();
  for (let i = 1; i < nodes; i++) {
    for (let k = 0; k < Math.min(i, edgesPerNode); k++) {
      const j = ends[Math.floor(random() * ends.length)]!;
      const key = j < i ? `${j}-${i}` : `${i}-${j}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      edges.push([ids[i]!, ids[j]!]);
      ends.push(i, j);
    }
  }
  return { nodes: ids, edges };
}
