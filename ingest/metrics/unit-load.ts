/**
 * The counting part of a unit's workload in one plan, what the network sizes its nodes by:
 * - ledTasks: tasks in which the unit is a lead; primaryLeads: tasks it leads first;
 * - supportedTasks: tasks in which it supports (and does not lead);
 * - partners: distinct other units it shares at least one task with;
 * - coordinationLoad: the coordination relations it answers for — in each task it leads,
 *   one per other unit of the task; in each task it supports, one per lead of the task.
 * One pass over the teams and the pairs; betweenness (workload.ts) is the costly part and is
 * kept apart so that whoever needs only these numbers does not pay for it.
 */
import type { TaskTeam } from './task-teams';
import type { CoOwnership } from './co-ownership';

export interface UnitLoad {
  unit: string;
  ledTasks: number;
  primaryLeads: number;
  supportedTasks: number;
  partners: number;
  coordinationLoad: number;
}

export function unitLoads(units: readonly string[], teams: readonly TaskTeam[], pairs: readonly CoOwnership[]): UnitLoad[] {
  const rows = new Map<string, UnitLoad>(units.map((unit) => [unit, { unit, ledTasks: 0, primaryLeads: 0, supportedTasks: 0, partners: 0, coordinationLoad: 0 }]));
  for (const team of teams) {
    for (const [unit, role] of team.members) {
      const row = rows.get(unit)!;
      if (role === 'lead') {
        row.ledTasks += 1;
        row.coordinationLoad += team.members.size - 1;
        if (team.leads[0] === unit) row.primaryLeads += 1;
      } else {
        row.supportedTasks += 1;
        row.coordinationLoad += team.leads.length;
      }
    }
  }
  for (const pair of pairs) {
    rows.get(pair.a)!.partners += 1;
    rows.get(pair.b)!.partners += 1;
  }
  return [...rows.values()];
}
