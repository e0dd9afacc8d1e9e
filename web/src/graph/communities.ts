/**
 * Communities of the co-ownership network: groups of units that share more tasks among
 * themselves than with the rest, found by Louvain (graphology-communities-louvain) on the
 * ties shown, weighted by shared tasks. Louvain visits nodes in a random order; a seeded
 * generator makes the answer the same on every run. Communities are numbered by size,
 * largest first, so colours stay put.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from './seeded-layout';
import type { ParsedPlan } from '../../../ingest/model';
import { buildNetwork, type Network, type NetworkFilters } from './network-model';

/** The seed communities are found with, in the app and on the command line. */
export const COMMUNITY_SEED = 1;

export interface Communities {
  /** Node id → community number (0 = largest). */
  of: Record<string, number>;
  /** Members (node ids) of each community, heaviest first. */
  members: string[][];
  /** Newman–Girvan modularity of the partition, weighted by shared tasks: −½ to 1. */
  modularity: number;
}

export function findCommunities(network: Network, seed: number): Communities {
  const graph = new UndirectedGraph();
  const weight = new Map(network.nodes.map((n) => [n.id, n.weight]));
  for (const e of network.edges) {
    if (e.hidden || e.type !== 'co-owns') continue;
    if (!graph.hasNode(e.source)) graph.addNode(e.source);
    if (!graph.hasNode(e.target)) graph.addNode(e.target);
    graph.mergeEdge(e.source, e.target, { weight: e.weight });
  }
  if (graph.size === 0) return { of: {}, members: [], modularity: 0 };
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(result.communities)) groups.set(c, [...(groups.get(c) ?? []), node]);
  const byLoad = (a: string, b: string) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || (a < b ? -1 : 1);
  const members = [...groups.values()].map((m) => m.sort(byLoad)).sort((a, b) => b.length - a.length || byLoad(a[0]!, b[0]!));
  const of: Record<string, number> = {};
  members.forEach((m, i) => m.forEach((id) => (of[id] = i)));
  return { of, members, modularity: result.modularity };
}

/** Communities of a plan's co-ownership network under the filters: what the app and the command line colour and group by. */
export function planCommunities(plan: ParsedPlan, filters: NetworkFilters, seed: number): Communities {
  return findCommunities(buildNetwork('collaboration', plan, { ...filters, showIsolated: false }), seed);
}
