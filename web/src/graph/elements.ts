/**
 * Network + view state → Cytoscape elements. Pure: the canvas only syncs what this returns.
 * Classes carry the state the stylesheet draws: hidden, selected, hovered, neighbour, lit,
 * faded, shared; `prominent` marks the nodes whose label always shows.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Network, NetworkNode } from './network-model';
import type { Lit } from './emphasis';

export interface Emphasis {
  /** Element id of the hovered node, if any: it and its neighbours come forward. */
  hovered: string | null;
  /** What the selection lights up (emphasis.ts); ignored while a node is hovered. */
  lit: Lit;
  /** Nodes whose label always shows. */
  prominent: ReadonlySet<string>;
  /** Node colour by community, when asked for. */
  community?: Readonly<Record<string, number>> | null;
  /** The label drawn for a node (its name, or its English name with the Chinese). */
  labelOf?: (node: NetworkNode) => string;
}

export function toElements(network: Network, emphasis: Emphasis): ElementDefinition[] {
  const focus = emphasis.hovered ?? emphasis.lit.node;
  const lit = emphasis.hovered ? null : emphasis.lit.nodes;
  const neighbours = new Set<string>();
  if (focus) {
    for (const e of network.edges) {
      if (e.hidden) continue;
      if (e.source === focus) neighbours.add(e.target);
      if (e.target === focus) neighbours.add(e.source);
    }
  }
  const quiet = (id: string) => (focus ? id !== focus && !neighbours.has(id) : lit ? !lit.has(id) : false);
  const nodeClass = (id: string, hidden: boolean, shared: boolean, group: string) =>
    [
      group,
      hidden ? 'hidden' : '',
      shared ? 'shared' : '',
      id === emphasis.lit.node ? 'selected' : '',
      id === emphasis.hovered ? 'hovered' : '',
      quiet(id) ? 'faded' : '',
      focus && neighbours.has(id) ? 'neighbour' : '',
      lit?.has(id) ? 'lit' : '',
    ]
      .filter(Boolean)
      .join(' ');
  const edgeClass = (id: string, source: string, target: string) => {
    const near = focus ? source === focus || target === focus : lit ? lit.has(source) && lit.has(target) : null;
    return [near === false ? 'faded' : '', near === true ? 'focus' : '', !emphasis.hovered && id === emphasis.lit.edge ? 'selected' : ''];
  };
  return [
    ...network.nodes.map((n) => {
      const community = n.group === 'unit' ? emphasis.community?.[n.id] : undefined;
      return {
        group: 'nodes' as const,
        data: {
          id: n.id,
          label: emphasis.labelOf ? emphasis.labelOf(n) : n.label,
          kind: n.kind,
          weight: n.weight,
          nodeGroup: n.group,
          prominent: emphasis.prominent.has(n.id),
          ...(community !== undefined ? { community } : {}),
          shown: '',
          lx: 0,
          ly: 0,
          lsize: 12,
          lz: 0,
        },
        classes: [nodeClass(n.id, n.hidden, n.shared, n.group), community !== undefined ? 'by-community' : ''].filter(Boolean).join(' '),
      };
    }),
    ...network.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, weight: e.weight, type: e.type },
      classes: [e.type, e.hidden ? 'hidden' : '', ...edgeClass(e.id, e.source, e.target)].filter(Boolean).join(' '),
    })),
  ];
}
