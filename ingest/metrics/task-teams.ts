/** Who works on each task: the units assigned to it with their roles, from the parsed plan. */
import type { ParsedPlan, Role } from '../model';

export interface TaskTeam {
  task: number;
  /** Unit name → role; a unit listed in both roles counts as lead. */
  members: Map<string, Role>;
  /** Lead units in order. */
  leads: string[];
}

export function taskTeams(plan: Pick<ParsedPlan, 'tasks' | 'assignments'>): TaskTeam[] {
  const teams = new Map<number, TaskTeam>();
  for (const task of plan.tasks) teams.set(task.ordinal, { task: task.ordinal, members: new Map(), leads: [] });
  for (const a of [...plan.assignments].sort((x, y) => (x.role === y.role ? x.order - y.order : x.role === 'lead' ? -1 : 1))) {
    const team = teams.get(a.task)!;
    if (team.members.get(a.unit) === 'lead') continue;
    team.members.set(a.unit, a.role);
    if (a.role === 'lead') team.leads.push(a.unit);
  }
  return [...teams.values()];
}
