/**
 * Network + view state → Cytoscape elements. Pure: the canvas only syncs what this returns.
 * Classes carry the state the stylesheet draws: hidden, selected, neighbour, faded, shared.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Network } from './network-model';

export interface Emphasis {
  /** Element id of the selected node, if any. */
  selected: string | null;
  /** Element id of the hovered node, if any. */
  hovered: string | null;
}

export function toElements(network: Network, emphasis: Emphasis): ElementDefinition[] {
  const focus = emphasis.hovered ?? emphasis.selected;
  const neighbours = new Set<string>();
  if (focus) {
    for (const e of network.edges) {
      if (e.hidden) continue;
      if (e.source === focus) neighbours.add(e.target);
      if (e.target === focus) neighbours.add(e.source);
    }
  }
  const nodeClass = (id: string, hidden: boolean, shared: boolean, group: string) =>
    [
      group,
      hidden ? 'hidden' : '',
      shared ? 'shared' : '',
      id === emphasis.selected ? 'selected' : '',
      focus && id !== focus && !neighbours.has(id) ? 'faded' : '',
      focus && neighbours.has(id) ? 'neighbour' : '',
    ]
      .filter(Boolean)
      .join(' ');
  return [
    ...network.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, kind: n.kind, weight: n.weight, nodeGroup: n.group },
      classes: nodeClass(n.id, n.hidden, n.shared, n.group),
    })),
    ...network.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, weight: e.weight, type: e.type },
      classes: [e.type, e.hidden ? 'hidden' : '', focus && e.source !== focus && e.target !== focus ? 'faded' : '', focus && (e.source === focus || e.target === focus) ? 'focus' : '']
        .filter(Boolean)
        .join(' '),
    })),
  ];
}
