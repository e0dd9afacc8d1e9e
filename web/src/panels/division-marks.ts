/** Where in a task's division sentence the given units are named: [start, end) offsets per unit. */
import type { ParsedPlan, Task } from '../../../ingest/model';

export function divisionRanges(plan: Pick<ParsedPlan, 'assignments'>, task: Task, units: readonly string[]): Array<readonly [number, number]> {
  if (!task.division || !task.divisionSpan) return [];
  const division = task.division;
  const start = task.divisionSpan.start;
  return plan.assignments
    .filter((a) => a.task === task.ordinal && units.includes(a.unit))
    .map((a) => {
      const offset = a.span.start - start;
      if (division.slice(offset, offset + a.surface.length) === a.surface) return [offset, offset + a.surface.length] as const;
      const found = division.indexOf(a.surface);
      return [found, found + a.surface.length] as const;
    })
    .filter(([s]) => s >= 0);
}
