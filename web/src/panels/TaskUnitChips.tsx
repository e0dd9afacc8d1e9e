/**
 * The units of one task as chips, leads first and marked: who has to coordinate on it. Each
 * chip selects its unit. Shared by the project detail and the table of shared projects.
 */
import type { Task } from '../../../ingest/model';
import { useAppStore } from '../state/store';
import { unitId } from '../graph/network-model';
import { UnitName } from './UnitName';

export function TaskUnitChips(props: { task: Pick<Task, 'leads' | 'supports'>; className?: string }) {
  const select = useAppStore((s) => s.select);
  const { leads, supports } = props.task;
  return (
    <ul className={props.className ? `chips ${props.className}` : 'chips'}>
      {[...leads, ...supports.filter((u) => !leads.includes(u))].map((u) => (
        <li key={u}>
          <button className={`chip${leads.includes(u) ? ' lead' : ''}`} onClick={() => select({ type: 'unit', id: unitId(u) })}>
            <UnitName name={u} />
          </button>
        </li>
      ))}
    </ul>
  );
}
