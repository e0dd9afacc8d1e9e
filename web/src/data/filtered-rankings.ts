/**
 * Rankings of the part of the plan the filters show: the tasks of the chosen sections and
 * the units of the chosen kinds, computed by the same pure functions as the whole plan's
 * (which the integration tests prove equal to the Cypher queries). With no filter, null:
 * the whole plan's rankings are the database's.
 */
import type { ParsedPlan, UnitKind } from '../../../ingest/model';
import { localRankings } from './plan-source';
import type { Rankings } from './ranking-rows';

export function filteredPlan(plan: ParsedPlan, sections: readonly number[], kinds: readonly UnitKind[]): ParsedPlan | null {
  if (sections.length === 0 && kinds.length === 0) return null;
  const kindOf = new Map(plan.units.map((u) => [u.name, u.kind]));
  const tasks = plan.tasks.filter((t) => sections.length === 0 || (t.section !== null && sections.includes(t.section)));
  const shown = new Set(tasks.map((t) => t.ordinal));
  const assignments = plan.assignments.filter((a) => shown.has(a.task) && (kinds.length === 0 || kinds.includes(kindOf.get(a.unit)!)));
  // The units that take part in the part shown: a unit with no task there has nothing to rank.
  const involved = new Set(assignments.map((a) => a.unit));
  const units = plan.units.filter((u) => involved.has(u.name));
  return { ...plan, tasks, assignments, units };
}

export function filteredRankings(plan: ParsedPlan, sections: readonly number[], kinds: readonly UnitKind[]): Rankings | null {
  const part = filteredPlan(plan, sections, kinds);
  return part ? localRankings(part) : null;
}
