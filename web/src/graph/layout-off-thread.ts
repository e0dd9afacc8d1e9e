/**
 * layoutNetwork for the canvas: in the page for a network of up to OFF_THREAD_ABOVE_NODES
 * shown nodes, in a Web Worker (layout-worker.ts) above that. Measured on the seed (about 50
 * units shown), the worker lost: starting it and compiling fCoSE there competed with the
 * page's own loading on a two-core machine, and the picture came later than from a layout run
 * in the page (docs/decisions.md). A big network takes seconds to lay out (500 nodes: 4 s on
 * that machine), which in the page would freeze it; there the worker keeps it responsive. It
 * is started when first needed.
 * Where no worker can run (the offline page, a test runner) the layout runs here.
 */
import { layoutNetwork, type CanvasSize, type LayoutChoices, type Positions } from './layout-network';
import type { Network } from './network-model';
import type { LayoutRequest, LayoutResponse } from './layout-worker';
import { workerChannel } from '../data/worker-channel';

/**
 * Up to this many shown nodes fCoSE runs in the page, faster than a worker gets to answer
 * (the seed's 50: about 0.1 s); above it a layout would hold the page for most of a second.
 */
export const OFF_THREAD_ABOVE_NODES = 200;

const channel = workerChannel<LayoutRequest, LayoutResponse>(
  () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
  'layout',
);

/** The network's positions, as layoutNetwork gives them: in the page for a small network, in the worker for a big one. */
export async function layoutOffThread(network: Network, seed: number, canvas: CanvasSize, choices: LayoutChoices = {}): Promise<Positions> {
  const shown = network.nodes.reduce((count, n) => count + (n.hidden ? 0 : 1), 0);
  const target = shown > OFF_THREAD_ABOVE_NODES ? channel.started() : null;
  if (!target) return layoutNetwork(network, seed, canvas, choices);
  try {
    return (await channel.ask(target, { network, seed, canvas, choices })).positions;
  } catch {
    // A worker that cannot lay out leaves the work to the page.
    return layoutNetwork(network, seed, canvas, choices);
  }
}
