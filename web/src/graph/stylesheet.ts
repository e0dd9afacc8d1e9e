/**
 * The Cytoscape stylesheet, a pure function of the network's range of weights. Node size
 * follows the weight (coordination load for units) on a square-root scale so that area, not
 * radius, is proportional; edge width follows shared tasks.
 */
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Network } from './network-model';
import { communityColour } from './community-palette';
import { LEAD_EDGE_COLOUR, PROJECT_KIND_COLOURS, SUPPORT_EDGE_COLOUR, TASK_COLOUR, UNIT_KIND_COLOURS } from './palette';

export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export function nodeDiameter(weight: number, maxWeight: number): number {
  if (maxWeight <= 0) return 18;
  return 14 + 46 * Math.sqrt(Math.max(0, weight) / maxWeight);
}

export function edgeWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 0) return 1;
  return 0.6 + 7.4 * (Math.max(0, weight) / maxWeight);
}

export function stylesheet(network: Network): StylesheetJson {
  const maxNode = Math.max(0, ...network.nodes.map((n) => n.weight));
  const maxEdge = Math.max(0, ...network.edges.filter((e) => e.type === 'co-owns').map((e) => e.weight));
  return [
    {
      selector: 'node',
      style: {
        'background-color': TASK_COLOUR,
        width: (n: NodeSingular) => nodeDiameter(n.data('weight') as number, maxNode),
        height: (n: NodeSingular) => nodeDiameter(n.data('weight') as number, maxNode),
        // Which labels show, where and how large is decided on screen (canvas-labels.ts), so
        // that no two drawn labels overlap at any zoom; the stylesheet only reads it.
        label: 'data(shown)',
        'font-family': LABEL_FONT,
        'font-size': (n: NodeSingular) => (n.data('lsize') as number | undefined) ?? 12,
        color: '#1d1d1f',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-x': (n: NodeSingular) => (n.data('lx') as number | undefined) ?? 0,
        'text-margin-y': (n: NodeSingular) => (n.data('ly') as number | undefined) ?? 0,
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 0,
        'z-index': (n: NodeSingular) => (n.data('lz') as number | undefined) ?? 0,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(UNIT_KIND_COLOURS).map(([kind, colour]) => ({ selector: `node.unit[kind = "${kind}"]`, style: { 'background-color': colour } })),
    ...Object.entries(PROJECT_KIND_COLOURS).map(([kind, colour]) => ({ selector: `node.project[kind = "${kind}"]`, style: { 'background-color': colour, shape: 'round-rectangle' as const } })),
    { selector: 'node.by-community', style: { 'background-color': (n: NodeSingular) => communityColour(n.data('community') as number) } },
    { selector: 'node.task', style: { shape: 'diamond', width: 16, height: 16 } },
    { selector: 'node.project.shared', style: { 'border-width': 4, 'border-color': '#C0392B' } },
    { selector: 'node.task.shared', style: { 'background-color': '#C0392B' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#B8C2CC',
        'curve-style': 'haystack',
        opacity: 0.55,
      },
    },
    // Heavier ties drawn over lighter ones, so the tie a reader clicks is the one they see.
    { selector: 'edge.co-owns', style: { width: (e: EdgeSingular) => edgeWidth(e.data('weight') as number, maxEdge), 'z-index': (e: EdgeSingular) => Math.round(e.data('weight') as number) } },
    {
      selector: 'edge.leads',
      style: { 'line-color': LEAD_EDGE_COLOUR, width: 2.2, opacity: 0.85, 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': LEAD_EDGE_COLOUR, 'arrow-scale': 0.8 },
    },
    { selector: 'edge.supports', style: { 'line-color': SUPPORT_EDGE_COLOUR, width: 1.2, 'line-style': 'dashed', 'curve-style': 'straight' } },
    { selector: 'edge.mentions', style: { 'line-color': '#8C8C8C', width: (e: EdgeSingular) => ((e.data('weight') as number) > 1 ? 3 : 1.2) } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'edge.focus', style: { opacity: 0.95, 'line-color': '#E8A33D' } },
    { selector: 'node.neighbour', style: { 'font-weight': 'bold' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1d1d1f', 'border-style': 'double' } },
    { selector: 'node.lit', style: { 'border-width': 3, 'border-color': '#E8A33D', 'font-weight': 'bold' } },
    { selector: 'edge.selected', style: { opacity: 1, 'line-color': '#E8A33D', 'z-index': 1000 } },
    { selector: 'node.selected', style: { 'border-width': 4, 'border-color': '#E8A33D', 'font-weight': 'bold', 'z-index': 10 } },
  ];
}
