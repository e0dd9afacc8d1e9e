/**
 * The one layout of a network, used by the canvas, the command line, the offline page and the
 * benchmark: fCoSE with the app's options and node sizes, in a Cytoscape instance of its own
 * (no screen needed), from a seeded start. The same network, seed and canvas size give the
 * same positions in the browser and in Node.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { z } from 'zod';
import type { Network } from './network-model';
import { fcoseOptions } from './layout-options';
import { seededPosition, withSeededRandom } from './seeded-layout';
import { nodeDiameter } from './stylesheet';
import { separateNodes } from './separate-nodes';

export const CanvasSize = z.object({
  width: z.number().int().min(100).max(20_000),
  height: z.number().int().min(100).max(20_000),
});
export type CanvasSize = z.infer<typeof CanvasSize>;

export type Positions = Record<string, { x: number; y: number }>;

/** The canvas the command line lays out on unless told otherwise: the pictures' 16:9. */
export const DEFAULT_CANVAS: CanvasSize = Object.freeze({ width: 1600, height: 900 });

export interface LayoutChoices {
  /** Node id → community: the units of one community are laid out together. */
  groups?: Readonly<Record<string, number>> | null;
}

let registered = false;

/**
 * Positions of every node of the network. What is visible is laid out: a tie hidden by the
 * threshold does not pull its units together, so the picture shows the ties drawn. Hidden
 * nodes are set beside their neighbours, so a filter relaxed later shows them near their
 * partners until the view is laid out again. Overlapping nodes are then pushed apart. The
 * canvas fixes the frame: the visible network is centred on the canvas's centre. It is not
 * scaled to the canvas — that would change the spacing against the node sizes; the canvas
 * zooms to fit instead.
 */
export function layoutNetwork(network: Network, seed: number, canvas: CanvasSize, choices: LayoutChoices = {}): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const maxWeight = Math.max(0, ...network.nodes.map((n) => n.weight));
  const diameter = (weight: number, group: string) => (group === 'task' ? 16 : nodeDiameter(weight, maxWeight));
  const shown = network.nodes.filter((n) => !n.hidden).sort(byId);
  const shownIds = new Set(shown.map((n) => n.id));
  const ties = network.edges.filter((e) => !e.hidden && shownIds.has(e.source) && shownIds.has(e.target)).sort(byId);
  const groups = choices.groups ?? null;
  const parents = groups ? [...new Set(shown.map((n) => groups[n.id]).filter((g): g is number => g !== undefined))].sort((a, b) => a - b) : [];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // In id order: fCoSE's result depends on the order of its elements, and a plan read from
    // the database lists them in another order than one parsed from its text.
    elements: [
      ...parents.map((g) => ({ group: 'nodes' as const, data: { id: `community:${g}` } })),
      ...shown.map((n) => {
        const parent = groups?.[n.id];
        return { group: 'nodes' as const, data: { id: n.id, size: diameter(n.weight, n.group), ...(parent !== undefined ? { parent: `community:${parent}` } : {}) }, position: seededPosition(n.id, seed) };
      }),
      ...ties.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight } })),
    ],
    // The node sizes the app draws (its stylesheet's), since fCoSE keeps nodes apart by them.
    style: [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1 } }],
  });
  let placed: Positions;
  try {
    if (shown.length > 0) withSeededRandom(seed, () => cy.layout(fcoseOptions(shown.length)).run());
    const discs = separateNodes(shown.map((n) => ({ id: n.id, x: cy.getElementById(n.id).position('x'), y: cy.getElementById(n.id).position('y'), r: diameter(n.weight, n.group) / 2 })));
    placed = Object.fromEntries(discs.map((d) => [d.id, { x: d.x, y: d.y }]));
  } finally {
    cy.destroy();
  }
  const xs = Object.values(placed).map((p) => p.x);
  const ys = Object.values(placed).map((p) => p.y);
  const [cx, cy0] = xs.length > 0 ? [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] : [0, 0];
  const all = { ...besideNeighbours(network, placed, seed), ...placed };
  const dx = canvas.width / 2 - cx;
  const dy = canvas.height / 2 - cy0;
  return Object.fromEntries(network.nodes.map((n) => [n.id, { x: round(all[n.id]!.x + dx), y: round(all[n.id]!.y + dy) }]));
}

/** Hidden nodes: at the centre of their laid-out neighbours, nudged by the seed; alone, on their seeded spot. */
function besideNeighbours(network: Network, placed: Positions, seed: number): Positions {
  const neighbours = new Map<string, string[]>();
  for (const e of network.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const out: Positions = {};
  for (const n of network.nodes) {
    if (placed[n.id]) continue;
    const near = (neighbours.get(n.id) ?? []).map((id) => placed[id]).filter((p): p is { x: number; y: number } => p !== undefined);
    const nudge = seededPosition(n.id, seed);
    if (near.length === 0) out[n.id] = nudge;
    else out[n.id] = { x: near.reduce((s, p) => s + p.x, 0) / near.length + nudge.x / 20, y: near.reduce((s, p) => s + p.y, 0) / near.length + nudge.y / 20 };
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Hundredths of a pixel: nothing anyone sees, and the files stay short and comparable.
const round = (value: number) => Math.round(value * 100) / 100;
