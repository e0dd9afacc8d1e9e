/** A synthetic graph as a collaboration network, node weight = degree as for units. */
import type { Network } from '../graph/network-model';

export function asNetwork(net: { nodes: string[]; edges: Array<[string, string]> }): Network {
  const degree = new Map<string, number>();
  for (const [s, t] of net.edges) for (const id of [s, t]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return {
    nodes: net.nodes.map((id) => ({ id, group: 'unit', label: id, kind: 'department', weight: degree.get(id) ?? 0, hidden: false, shared: false })),
    edges: net.edges.map(([source, target], i) => ({ id: `e${i}`, source, target, type: 'co-owns', weight: 1, hidden: false })),
  };
}
