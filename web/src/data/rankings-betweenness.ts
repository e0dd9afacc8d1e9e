/**
 * Betweenness put into rankings computed in the page: from a worker's answer, or — for an
 * export, which must write every number at once — computed on the spot.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { pairBetweenness } from '../../../ingest/metrics/workload';
import type { Rankings, WorkloadRow } from './ranking-rows';

export interface CompleteRankings extends Rankings {
  workload: WorkloadRow[];
}

/** The rankings with each missing betweenness taken from `values` (0 for a unit with no tie). */
export function mergeBetweenness(rankings: Rankings, values: ReadonlyMap<string, number>): CompleteRankings {
  return { ...rankings, workload: rankings.workload.map((r) => ({ ...r, betweenness: r.betweenness ?? values.get(r.unit) ?? 0 })) };
}

/** The rankings of `plan` (a plan or a filtered part of one) with every betweenness, computed here when missing. */
export function completeRankings(plan: Pick<ParsedPlan, 'units'>, rankings: Rankings): CompleteRankings {
  const missing = rankings.workload.some((r) => r.betweenness === null);
  return mergeBetweenness(rankings, missing ? pairBetweenness(plan.units.map((u) => u.name), rankings.coOwnership) : new Map());
}
