/**
 * Betweenness of a co-ownership network in a Web Worker (betweenness-worker.ts), so that
 * Brandes' algorithm — the costliest number of a plan — never holds up the picture. The
 * worker starts when betweenness is first asked for. Where no worker can run (the offline
 * page, a test runner) it is computed here, after the current task, so the page paints first.
 */
import { pairBetweenness } from '../../../ingest/metrics/workload';
import type { BetweennessRequest, BetweennessResponse } from './betweenness-worker';

declare const __FENGONG_STANDALONE__: boolean;

let worker: Worker | null = null;
let broken = false;
let next = 0;
const pending = new Map<number, { resolve: (values: Map<string, number>) => void; reject: (error: Error) => void }>();

function betweennessWorker(): Worker | null {
  const standalone = typeof __FENGONG_STANDALONE__ !== 'undefined' && __FENGONG_STANDALONE__;
  if (worker || broken || standalone || typeof Worker === 'undefined') return worker;
  worker = new Worker(new URL('./betweenness-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<BetweennessResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (!waiting) return;
    if (response.ok) waiting.resolve(new Map(response.values));
    else waiting.reject(new Error(response.message));
  };
  // A worker whose script does not load answers nothing: what it was asked is done here.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(new Error('the betweenness worker did not start'));
    pending.clear();
  };
  return worker;
}

const inPage = (units: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>) =>
  new Promise<Map<string, number>>((resolve) => setTimeout(() => resolve(pairBetweenness(units, pairs)), 0));

/** Each unit's betweenness on the network of these pairs (every tie one hop), as workload.ts computes it. */
export async function betweennessOffThread(units: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>): Promise<Map<string, number>> {
  const target = betweennessWorker();
  if (!target) return inPage(units, pairs);
  const request: BetweennessRequest = { id: next++, units: [...units], pairs: pairs.map((p) => ({ a: p.a, b: p.b })) };
  try {
    return await new Promise<Map<string, number>>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      target.postMessage(request);
    });
  } catch {
    return inPage(units, pairs);
  }
}
