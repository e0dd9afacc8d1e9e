/**
 * The page the layout benchmark drives: lays out a synthetic network with fCoSE as the app
 * runs it, or with Cytoscape's built-in CoSE, in the same browser and reports the milliseconds.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { syntheticNetwork } from './synthetic-graph';
import { seededPosition, withSeededRandom } from '../graph/seeded-layout';
import { fcoseOptions } from '../graph/layout-options';

cytoscape.use(fcose);

declare global {
  interface Window {
    runLayout: (nodes: number, algorithm: 'fcose' | 'cose') => Promise<number>;
  }
}

window.runLayout = async (nodes, algorithm) => {
  const net = syntheticNetwork(nodes, 2, 7);
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...net.nodes.map((id) => ({ data: { id }, position: seededPosition(id, 1) })),
      ...net.edges.map(([s, t], i) => ({ data: { id: `e${i}`, source: s, target: t } })),
    ],
    style: [{ selector: 'node', style: { width: 10, height: 10 } }],
  });
  const started = performance.now();
  // Both start from what the app starts from: fCoSE from its spectral layout under a seeded
  // Math.random, CoSE (which has no spectral step) from the seeded positions.
  await new Promise<void>((resolve) => {
    withSeededRandom(1, () => {
      const layout = cy.layout(
        algorithm === 'fcose'
          ? fcoseOptions(nodes)
          : ({ name: 'cose', randomize: false, animate: false } as cytoscape.LayoutOptions),
      );
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  });
  const elapsed = performance.now() - started;
  cy.destroy();
  return elapsed;
};
