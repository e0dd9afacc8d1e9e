/**
 * Workload of each unit in one plan, the numbers a researcher cites: the counts of
 * unit-load.ts (tasks led, supported, partners, coordination load) and betweenness
 * (betweenness.ts) on the co-ownership network.
 */
import type { TaskTeam } from './task-teams';
import type { CoOwnership } from './co-ownership';
import { betweenness } from './betweenness';
import { unitLoads, type UnitLoad } from './unit-load';

export interface UnitWorkload extends UnitLoad {
  betweenness: number;
}

export function unitWorkloads(units: readonly string[], teams: readonly TaskTeam[], pairs: readonly CoOwnership[]): UnitWorkload[] {
  const centrality = pairBetweenness(units, pairs);
  return unitLoads(units, teams, pairs).map((row) => ({ ...row, betweenness: centrality.get(row.unit) ?? 0 }));
}

/** Betweenness of the units on the co-ownership network, every tie one hop long. */
export function pairBetweenness(units: readonly string[], pairs: ReadonlyArray<Pick<CoOwnership, 'a' | 'b'>>): Map<string, number> {
  return betweenness(units, pairs.map((p) => [p.a, p.b] as const));
}
