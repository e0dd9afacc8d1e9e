/**
 * The page the layout benchmark drives: lays out a synthetic network with fCoSE as the app
 * runs it, or with Cytoscape's built-in CoSE, in the same browser and reports the milliseconds;
 * and draws one for panning (pan-bench-page.ts).
 */
import cytoscape from 'cytoscape';
import { syntheticNetwork } from './synthetic-graph';
import { seededPosition, withSeededRandom } from '../graph/seeded-layout';
import { layoutNetwork } from '../graph/layout-network';
import { asNetwork } from './as-network';
import './pan-bench-page';

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
