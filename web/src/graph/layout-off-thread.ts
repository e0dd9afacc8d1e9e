/**
 * layoutNetwork in a Web Worker (layout-worker.ts), so the page keeps building the rest of the
 * view while fCoSE runs. One worker for the page, started — and warmed up — as soon as the app
 * is, before the plan arrives. Where no worker can run (the offline page, which has no server
 * to load one from and opens on its stored positions; a test runner), the layout runs here.
 */
import { layoutNetwork, type CanvasSize, type LayoutChoices, type Positions } from './layout-network';
import type { Network } from './network-model';
import type { LayoutRequest, LayoutResponse } from './layout-worker';

declare const __FENGONG_STANDALONE__: boolean;

interface Pending {
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let broken = false;
let next = 0;
const pending = new Map<number, Pending>();

function layoutWorker(): Worker | null {
  const standalone = typeof __FENGONG_STANDALONE__ !== 'undefined' && __FENGONG_STANDALONE__;
  if (worker || broken || standalone || typeof Worker === 'undefined') return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (!waiting) return;
    if (response.ok) waiting.resolve(response.positions);
    else waiting.reject(new Error(response.message));
  };
  // A worker whose script does not load answers nothing: its layouts are done here instead.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(new Error('the layout worker did not start'));
    pending.clear();
  };
  return worker;
}

function ask(request: LayoutRequest): Promise<Positions> {
  const target = layoutWorker()!;
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    target.postMessage(request);
  });
}

/** Starts the worker and has it lay out a small network, so that the plan's layout runs compiled. */
export function warmUpLayout(): void {
  if (layoutWorker()) void ask({ id: next++, warmUp: true }).catch(() => undefined);
}

/** The network's positions, as layoutNetwork gives them, computed in the worker when there is one. */
export async function layoutOffThread(network: Network, seed: number, canvas: CanvasSize, choices: LayoutChoices = {}): Promise<Positions> {
  if (!layoutWorker()) return layoutNetwork(network, seed, canvas, choices);
  try {
    return await ask({ id: next++, network, seed, canvas, choices });
  } catch {
    // A worker that cannot lay out leaves the work to the page.
    return layoutNetwork(network, seed, canvas, choices);
  }
}
