/**
 * Positions of a network laid out without a screen: the same fCoSE options and seeded start
 * as the app, in a headless Cytoscape, so the command line exports the picture the app draws.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Network } from '../graph/network-model';
import { fcoseOptions } from '../graph/layout-options';
import { seededPosition, withSeededRandom } from '../graph/seeded-layout';

let registered = false;

export function layoutPositions(network: Network, seed: number): Record<string, { x: number; y: number }> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...network.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, weight: n.weight }, position: seededPosition(n.id, seed) })),
      ...network.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight } })),
    ],
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
  });
  withSeededRandom(seed, () => cy.layout(fcoseOptions(cy.nodes().length)).run());
  const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.destroy();
  return positions;
}
