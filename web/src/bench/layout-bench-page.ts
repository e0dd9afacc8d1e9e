/**
 * The page the layout benchmark drives: lays out a synthetic network with fCoSE as the app
 * runs it, or with Cytoscape's built-in CoSE, in the same browser and reports the milliseconds.
 */
import cytoscape from 'cytoscape';
import { syntheticNetwork } from './synthetic-graph';
import { seededPosition, withSeededRandom } from '../graph/seeded-layout';
import { layoutNetwork } from '../graph/layout-network';
import type { Network } from '../graph/network-model';

declare global {
  interface Window {
    runLayout: (nodes: number, algorithm: 'fcose' | 'cose') => Promise<number>;
  }
}

window.runLayout = async (nodes, algorithm) => {
  const net = syntheticNetwork(nodes, 2, 7);
  if (algorithm === 'fcose') {
    // fCoSE through the function the app, the exports and the command line lay out with.
    const network = asNetwork(net);
    const started = performance.now();
    layoutNetwork(network, 1, { width: 1600, height: 900 });
    return performance.now() - started;
  }
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...net.nodes.map((id) => ({ data: { id }, position: seededPosition(id, 1) })),
      ...net.edges.map(([s, t], i) => ({ data: { id: `e${i}`, source: s, target: t } })),
    ],
    style: [{ selector: 'node', style: { width: 10, height: 10 } }],
  });
  const started = performance.now();
  // CoSE, which has no spectral step, starts from the seeded positions fCoSE starts from.
  await new Promise<void>((resolve) => {
    withSeededRandom(1, () => {
      const layout = cy.layout({ name: 'cose', randomize: false, animate: false } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  });
  const elapsed = performance.now() - started;
  cy.destroy();
  return elapsed;
};

/** The synthetic graph as a collaboration network, node weight = degree as for units. */
function asNetwork(net: { nodes: string[]; edges: Array<[string, string]> }): Network {
  const degree = new Map<string, number>();
  for (const [s, t] of net.edges) for (const id of [s, t]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return {
    nodes: net.nodes.map((id) => ({ id, group: 'unit', label: id, kind: 'department', weight: degree.get(id) ?? 0, hidden: false, shared: false })),
    edges: net.edges.map(([source, target], i) => ({ id: `e${i}`, source, target, type: 'co-owns', weight: 1, hidden: false })),
  };
}
