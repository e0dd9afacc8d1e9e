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

export const CanvasSize = z.object({
  width: z.number().int().min(100).max(20_000),
  height: z.number().int().min(100).max(20_000),
});
export type CanvasSize = z.infer<typeof CanvasSize>;

export type Positions = Record<string, { x: number; y: number }>;

/** The canvas the command line lays out on unless told otherwise: the pictures' 16:9. */
export const DEFAULT_CANVAS: CanvasSize = Object.freeze({ width: 1600, height: 900 });

let registered = false;

/**
 * Positions of every node of the network, hidden ones included, so that a filter never
 * moves anything. The canvas fixes the frame: the laid-out network is centred on the
 * canvas's centre. It is not scaled to the canvas — that would change the spacing against
 * the node sizes; the canvas zooms to fit instead.
 */
export function layoutNetwork(network: Network, seed: number, canvas: CanvasSize): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const maxWeight = Math.max(0, ...network.nodes.map((n) => n.weight));
  const size = (n: cytoscape.NodeSingular) => nodeDiameter(n.data('weight') as number, maxWeight);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // In id order: fCoSE's result depends on the order of its elements, and a plan read from
    // the database lists them in another order than one parsed from its text.
    elements: [
      ...[...network.nodes].sort(byId).map((n) => ({ group: 'nodes' as const, data: { id: n.id, weight: n.weight }, position: seededPosition(n.id, seed) })),
      ...[...network.edges].sort(byId).map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight } })),
    ],
    // The node sizes the app draws (its stylesheet's), since fCoSE keeps nodes apart by them.
    style: [{ selector: 'node', style: { width: size, height: size, 'border-width': 1 } }],
  });
  try {
    withSeededRandom(seed, () => cy.layout(fcoseOptions(cy.nodes().length)).run());
    const box = cy.nodes().boundingBox({ includeLabels: false });
    const dx = canvas.width / 2 - (box.x1 + box.x2) / 2;
    const dy = canvas.height / 2 - (box.y1 + box.y2) / 2;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { x: round(n.position('x') + dx), y: round(n.position('y') + dy) }]));
  } finally {
    cy.destroy();
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Hundredths of a pixel: nothing anyone sees, and the files stay short and comparable.
const round = (value: number) => Math.round(value * 100) / 100;
