/**
 * The layout off the main thread, for big networks (layout-off-thread.ts): a network in, its
 * positions out, by layoutNetwork — the very function the command line and the exports lay
 * out with, so the positions are the same.
 */
import { layoutNetwork, type CanvasSize, type LayoutChoices, type Positions } from './layout-network';
import type { Network } from './network-model';

export interface LayoutRequest {
  id: number;
  network: Network;
  seed: number;
  canvas: CanvasSize;
  choices: LayoutChoices;
}

export type LayoutResponse = { id: number; ok: true; positions: Positions } | { id: number; ok: false; message: string };

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  try {
    response = { id: request.id, ok: true, positions: layoutNetwork(request.network, request.seed, request.canvas, request.choices) };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
