/**
 * Betweenness of the co-ownership network off the main thread: units and pairs in, each
 * unit's betweenness out, by the function the loader stores in the database (workload.ts),
 * so the numbers are the database's.
 */
import { pairBetweenness } from '../../../ingest/metrics/workload';

export interface BetweennessRequest {
  id: number;
  units: string[];
  pairs: Array<{ a: string; b: string }>;
}

export type BetweennessResponse = { id: number; ok: true; values: Array<[string, number]> } | { id: number; ok: false; message: string };

self.onmessage = (event: MessageEvent<BetweennessRequest>) => {
  const { id, units, pairs } = event.data;
  let response: BetweennessResponse;
  try {
    response = { id, ok: true, values: [...pairBetweenness(units, pairs)] };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
