/** What a click on a tie selects: a co-ownership tie its pair of units, a lead or support line its task, a mention its project. */
import { pairId, projectId, taskId } from './network-model';
import type { Selection } from '../state/view-slice';

export function selectionOfElement(id: string): Selection {
  const [type, rest = ''] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const [first = '', second = ''] = rest.split('\u0000');
  if (type === 'co') return { type: 'pair', id: pairId(first, second) };
  if (type === 'lead' || type === 'support') return { type: 'task', id: taskId(Number(second)) };
  if (type === 'mention') return { type: 'project', id: projectId(second) };
  return null;
}
