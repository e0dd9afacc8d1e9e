/**
 * The panning half of the layout benchmark: a synthetic network drawn as the app draws it (its
 * canvas instance, stylesheet, elements and label placement), with or without the big-graph
 * rendering, and a count of the frames Cytoscape draws while the benchmark drags the view.
 */
import { syntheticNetwork } from './synthetic-graph';
import { asNetwork } from './as-network';
import { layoutNetwork, type Positions } from '../graph/layout-network';
import { createCanvasInstance, type CanvasInstance } from '../graph/canvas-instance';
import { hasGpu, type CanvasRendering } from '../graph/canvas-rendering';
import { stylesheet } from '../graph/stylesheet';
import { toElements } from '../graph/elements';
import { prominentNodes } from '../graph/emphasis';
import type { Network } from '../graph/network-model';

export interface PanCount {
  /** Frames Cytoscape drew. */
  renders: number;
  /** Frames the browser showed (requestAnimationFrame callbacks). */
  frames: number;
  ms: number;
}

declare global {
  interface Window {
    gpu: () => boolean;
    drawForPanning: (nodes: number, ties: number, rendering: CanvasRendering) => Promise<{ nodes: number; edges: number }>;
    startCounting: () => void;
    stopCounting: () => PanCount;
  }
}

let drawn: CanvasInstance | null = null;
let laidOut: { key: string; network: Network; positions: Positions } | null = null;
let count: PanCount & { from: number; on: boolean } = { renders: 0, frames: 0, ms: 0, from: 0, on: false };

window.gpu = hasGpu;

window.drawForPanning = async (nodes, ties, rendering) => {
  drawn?.dispose();
  const key = `${nodes}|${ties}`;
  if (laidOut?.key !== key) {
    // About `ties` ties: preferential attachment adds close to edgesPerNode ties per node.
    const network = asNetwork(syntheticNetwork(nodes, Math.ceil(ties / nodes), 7));
    laidOut = { key, network, positions: layoutNetwork(network, 1, { width: 1200, height: 800 }) };
  }
  const { network, positions } = laidOut;
  let labelled = 0;
  const instance = createCanvasInstance(document.getElementById('graph'), rendering, () => labelled++);
  const cy = instance.cy;
  cy.style(stylesheet(network));
  const elements = toElements(network, { hovered: null, lit: { node: null, nodes: null, edge: null }, prominent: prominentNodes(network) });
  cy.add(elements.map((e) => (e.group === 'nodes' ? { ...e, position: positions[String(e.data.id)]! } : e)));
  cy.fit(undefined, 30);
  cy.emit('relabel');
  cy.on('render', () => {
    if (count.on) count.renders++;
  });
  drawn = instance;
  while (labelled === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return { nodes: cy.nodes().length, edges: cy.edges().length };
};

window.startCounting = () => {
  count = { renders: 0, frames: 0, ms: 0, from: performance.now(), on: true };
  const tick = () => {
    if (!count.on) return;
    count.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

window.stopCounting = () => {
  count.on = false;
  return { renders: count.renders, frames: count.frames, ms: performance.now() - count.from };
};
