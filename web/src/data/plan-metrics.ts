/**
 * The plan's derived numbers, computed once per plan object and, for the part of the plan a
 * section filter shows, once per choice of sections: task teams, co-owner pairs and each
 * unit's load (unit-load.ts). The unit-kind, role and threshold filters only hide or weigh
 * what is here, so a change of them costs no recount. Betweenness is not among them: only
 * the rankings show it, and they ask a worker for it (betweenness-off-thread.ts).
 */
import type { ParsedPlan } from '../../../ingest/model';
import { taskTeams, type TaskTeam } from '../../../ingest/metrics/task-teams';
import { coOwnership, type CoOwnership } from '../../../ingest/metrics/co-ownership';
import { unitLoads, type UnitLoad } from '../../../ingest/metrics/unit-load';

export interface PartMetrics {
  /** Teams of the tasks shown. */
  teams: TaskTeam[];
  /** Pairs co-owning a task shown, heaviest first (coOwnership's order). */
  pairs: CoOwnership[];
  /** The pair of two units (code-point order) joined by a NUL, as pairKey writes it. */
  pairByKey: ReadonlyMap<string, CoOwnership>;
  /** Every unit of the plan, its load counted over the tasks shown. */
  loads: ReadonlyMap<string, UnitLoad>;
  /** Units that take part in a task shown. */
  active: ReadonlySet<string>;
}

export const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Choices of sections kept per plan: a filter toggled back and forth is not recounted. */
const KEPT_PARTS = 8;

const memo = new WeakMap<ParsedPlan, Map<string, PartMetrics>>();

/** The metrics of the tasks in `sections` (empty: the whole plan), computed once per plan and choice. */
export function partMetrics(plan: ParsedPlan, sections: readonly number[]): PartMetrics {
  let parts = memo.get(plan);
  if (!parts) memo.set(plan, (parts = new Map()));
  const key = [...sections].sort((a, b) => a - b).join(',');
  const kept = parts.get(key);
  if (kept) return kept;
  const shown = (section: number | null) => sections.length === 0 || (section !== null && sections.includes(section));
  const tasks = sections.length === 0 ? plan.tasks : plan.tasks.filter((t) => shown(t.section));
  const ordinals = new Set(tasks.map((t) => t.ordinal));
  const teams = taskTeams({ tasks, assignments: sections.length === 0 ? plan.assignments : plan.assignments.filter((a) => ordinals.has(a.task)) });
  const pairs = coOwnership(teams);
  const loads = new Map(unitLoads(plan.units.map((u) => u.name), teams, pairs).map((l) => [l.unit, l]));
  const part: PartMetrics = { teams, pairs, pairByKey: new Map(pairs.map((p) => [pairKey(p.a, p.b), p])), loads, active: new Set(teams.flatMap((t) => [...t.members.keys()])) };
  if (parts.size >= KEPT_PARTS) parts.delete(parts.keys().next().value!);
  parts.set(key, part);
  return part;
}
