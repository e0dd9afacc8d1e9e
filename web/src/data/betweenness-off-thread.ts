/**
 * Betweenness of a co-ownership network in a Web Worker (betweenness-worker.ts), so that
 * Brandes' algorithm — the costliest number of a plan — never holds up the picture. The
 * worker starts when betweenness is first asked for. Where no worker can run (the offline
 * page, a test runner) it is computed here, after the current task, so the page paints first.
 */
import { pairBetweenness } from '../../../ingest/metrics/workload';
import type { BetweennessRequest, BetweennessResponse } from './betweenness-worker';
import { workerChannel } from './worker-channel';

const channel = workerChannel<BetweennessRequest, BetweennessResponse>(
  () => new Worker(new URL('./betweenness-worker.ts', import.meta.url), { type: 'module' }),
  'betweenness',
);

const inPage = (units: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>) =>
  new Promise<Map<string, number>>((resolve) => setTimeout(() => resolve(pairBetweenness(units, pairs)), 0));

/** Each unit's betweenness on the network of these pairs (every tie one hop), as workload.ts computes it. */
export async function betweennessOffThread(units: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>): Promise<Map<string, number>> {
  const target = channel.started();
  if (!target) return inPage(units, pairs);
  try {
    const answer = await channel.ask(target, { units: [...units], pairs: pairs.map((p) => ({ a: p.a, b: p.b })) });
    return new Map(answer.values);
  } catch {
    return inPage(units, pairs);
  }
}
