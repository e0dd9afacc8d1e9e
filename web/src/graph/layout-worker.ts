/**
 * The layout off the main thread: a network in, its positions out, by layoutNetwork — the very
 * function the command line and the exports lay out with, so the positions are the same. Asked
 * to warm up, it lays out a small network of its own and throws the result away: fCoSE's first
 * run in a fresh page is several times slower than the next ones (the engine has not compiled
 * it yet), and the app asks for that warm-up while the plan is still on its way.
 */
import { layoutNetwork, type CanvasSize, type LayoutChoices, type Positions } from './layout-network';
import type { Network } from './network-model';

export type LayoutRequest = { id: number; network: Network; seed: number; canvas: CanvasSize; choices: LayoutChoices } | { id: number; warmUp: true };

export type LayoutResponse = { id: number; ok: true; positions: Positions } | { id: number; ok: false; message: string };

/** A ring of 48 units with chords: about the size of a plan's first picture. */
function warmUpNetwork(): Network {
  const ids = Array.from({ length: 48 }, (_, i) => `w${i}`);
  const ties = ids.flatMap((_, i) => [1, 5, 11].map((step) => [ids[i]!, ids[(i + step) % ids.length]!] as const));
  return {
    nodes: ids.map((id, i) => ({ id, group: 'unit', label: id, kind: 'department', weight: 1 + (i % 7), hidden: false, shared: false })),
    edges: ties.map(([source, target], i) => ({ id: `t${i}`, source, target, type: 'co-owns', weight: 1 + (i % 3), hidden: false })),
  };
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  try {
    if ('warmUp' in request) {
      layoutNetwork(warmUpNetwork(), 1, { width: 1600, height: 900 });
      response = { id: request.id, ok: true, positions: {} };
    } else {
      response = { id: request.id, ok: true, positions: layoutNetwork(request.network, request.seed, request.canvas, request.choices) };
    }
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
