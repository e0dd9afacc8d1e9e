/**
 * Co-ownership: two units co-own a task when both are assigned to it, in any role. The
 * weight of a pair is the number of tasks they co-own, split into lead–lead, lead–support
 * and support–support by the roles the two hold in each task.
 */
import type { TaskTeam } from './task-teams';

export interface CoOwnership {
  /** The pair in code-point order, so that (a, b) and (b, a) are one pair. */
  a: string;
  b: string;
  shared: number;
  leadLead: number;
  leadSupport: number;
  supportSupport: number;
  /** Ordinals of the co-owned tasks, ascending. */
  tasks: number[];
}

export function coOwnership(teams: readonly TaskTeam[]): CoOwnership[] {
  const pairs = new Map<string, CoOwnership>();
  for (const team of teams) {
    const members = [...team.members].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, roleA] = members[i]!;
        const [b, roleB] = members[j]!;
        const key = `${a}\u0000${b}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { a, b, shared: 0, leadLead: 0, leadSupport: 0, supportSupport: 0, tasks: [] }));
        pair.shared += 1;
        pair.tasks.push(team.task);
        if (roleA === 'lead' && roleB === 'lead') pair.leadLead += 1;
        else if (roleA === 'support' && roleB === 'support') pair.supportSupport += 1;
        else pair.leadSupport += 1;
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.shared - x.shared || (x.a + x.b < y.a + y.b ? -1 : 1));
}
