/**
 * The workload metrics of a plan whose units are joined under a key — their identity, or their
 * function — as if each key were one unit: in a task, a key leads when any of its units leads,
 * and a pair of keys shares the task once. This is how two plans are compared by function
 * (three units of one function in a plan are one node) and the definition the compare queries
 * follow; with one unit per key it gives the plan's own metrics.
 */
import type { ParsedPlan } from '../model';
import { taskTeams } from '../metrics/task-teams';
import { coOwnership, type CoOwnership } from '../metrics/co-ownership';
import { unitWorkloads, type UnitWorkload } from '../metrics/workload';
import type { UnitIdentity } from './unit-identity';

export type CompareKey = 'identity' | 'function';

/** The key of a unit: its identity, or its function (a unit without one stands for itself, `unit:名称`). */
export function keyOf(identity: UnitIdentity, by: CompareKey): string {
  if (by === 'identity') return identity.identity;
  return identity.function ?? `unit:${identity.unit}`;
}

export interface KeyedNetwork {
  workloads: Map<string, UnitWorkload>;
  pairs: CoOwnership[];
}

export function keyedNetwork(plan: Pick<ParsedPlan, 'tasks' | 'assignments'>, identities: readonly UnitIdentity[], by: CompareKey): KeyedNetwork {
  const key = new Map(identities.map((i) => [i.unit, keyOf(i, by)]));
  const keyed = plan.assignments.map((a) => ({ ...a, unit: key.get(a.unit) ?? a.unit }));
  // The role of a key in a task is its strongest, and its place among the leads its first unit's.
  const teams = taskTeams({ tasks: plan.tasks, assignments: keyed });
  const pairs = coOwnership(teams);
  const keys = [...new Set(key.values())].sort();
  return { workloads: new Map(unitWorkloads(keys, teams, pairs).map((w) => [w.unit, w])), pairs };
}

/**
 * The betweenness of each key. When every unit has a key of its own (identities nearly always
 * do within one plan) the keyed network is the plan's own with its nodes renamed, so the
 * betweenness is taken from `own`, the plan's workloads, instead of computed a second time
 * (a third of the rows' time for a seed-sized plan). The two agree to rounding: the sums run
 * in another order.
 */
export function keyedBetweenness(
  plan: Pick<ParsedPlan, 'tasks' | 'assignments'>,
  identities: readonly UnitIdentity[],
  by: CompareKey,
  own: ReadonlyMap<string, Pick<UnitWorkload, 'betweenness'>>,
): Map<string, number> {
  const keys = identities.map((i) => keyOf(i, by));
  if (new Set(keys).size === identities.length && identities.every((i) => own.has(i.unit))) {
    return new Map(identities.map((i, n) => [keys[n]!, own.get(i.unit)!.betweenness]));
  }
  return new Map([...keyedNetwork(plan, identities, by).workloads].map(([key, w]) => [key, w.betweenness]));
}
