/**
 * The page the layout benchmark drives: lays out a synthetic network with fCoSE or with
 * Cytoscape's built-in CoSE in the same browser and reports the milliseconds.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { syntheticNetwork } from './synthetic-graph';
import { seededPosition } from '../graph/seeded-layout';

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
  await new Promise<void>((resolve) => {
    const layout = cy.layout(
      algorithm === 'fcose'
        ? ({ name: 'fcose', randomize: false, animate: false, quality: 'default' } as cytoscape.LayoutOptions)
        : ({ name: 'cose', randomize: false, animate: false } as cytoscape.LayoutOptions),
    );
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  const elapsed = performance.now() - started;
  cy.destroy();
  return elapsed;
};
