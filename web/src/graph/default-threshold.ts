/**
 * The shared-task threshold a plan opens with: the lowest one that leaves a picture a reader
 * can take in. With every tie drawn, the seed's 91 units and 1,006 ties are a hairball; from
 * 3 shared tasks up, 46 units and 265 ties show who works with whom. A small plan keeps 1.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { taskTeams } from '../../../ingest/metrics/task-teams';
import { coOwnership } from '../../../ingest/metrics/co-ownership';

/** Most ties the first picture draws: about what fCoSE and a reader can untangle on one screen. */
export const LEGIBLE_TIES = 300;

/** Kept per plan object: every filter change asks for it, and the answer depends on the plan alone. */
const known = new WeakMap<object, number>();

export function defaultThreshold(plan: Pick<ParsedPlan, 'tasks' | 'assignments'>): number {
  const kept = known.get(plan);
  if (kept !== undefined) return kept;
  const threshold = countThreshold(plan);
  known.set(plan, threshold);
  return threshold;
}

function countThreshold(plan: Pick<ParsedPlan, 'tasks' | 'assignments'>): number {
  const shared = coOwnership(taskTeams(plan)).map((p) => p.shared);
  let threshold = 1;
  while (shared.filter((s) => s >= threshold).length > LEGIBLE_TIES) threshold++;
  return threshold;
}

/** The threshold in force: the one chosen, or the plan's default when none was. */
export function effectiveThreshold(plan: Pick<ParsedPlan, 'tasks' | 'assignments'> | null, chosen: number | null): number {
  if (chosen !== null) return chosen;
  return plan ? defaultThreshold(plan) : 1;
}
