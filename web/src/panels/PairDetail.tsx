/**
 * A tie opened: the tasks two units share, split by the roles they hold (both lead, one
 * leads and one supports, both support), each with its division sentence as the plan wrote
 * it and both units' words marked.
 */
import type { ParsedPlan, Task } from '../../../ingest/model';
import { taskTeams } from '../../../ingest/metrics/task-teams';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { taskId, unitId } from '../graph/network-model';
import type { PairRef } from '../state/node-ref';
import { highlight } from './highlight';
import { divisionRanges } from './division-marks';
import { UnitName } from './UnitName';

type Split = 'leadLead' | 'leadSupport' | 'supportSupport';

export function PairDetail(props: { plan: ParsedPlan; pair: PairRef }) {
  const t = useMessages();
  const select = useAppStore((s) => s.select);
  const [a, b] = props.pair.units;
  const byTask = new Map(props.plan.tasks.map((task) => [task.ordinal, task]));
  const groups: Record<Split, Task[]> = { leadLead: [], leadSupport: [], supportSupport: [] };
  for (const team of taskTeams(props.plan)) {
    const [ra, rb] = [team.members.get(a), team.members.get(b)];
    if (!ra || !rb) continue;
    const split: Split = ra === 'lead' && rb === 'lead' ? 'leadLead' : ra === 'support' && rb === 'support' ? 'supportSupport' : 'leadSupport';
    groups[split].push(byTask.get(team.task)!);
  }
  const total = groups.leadLead.length + groups.leadSupport.length + groups.supportSupport.length;
  return (
    <article className="pair-detail" aria-label={t.pairTitle}>
      <h2>
        <button className="link" onClick={() => select({ type: 'unit', id: unitId(a) })}>
          <UnitName name={a} />
        </button>
        {' – '}
        <button className="link" onClick={() => select({ type: 'unit', id: unitId(b) })}>
          <UnitName name={b} />
        </button>
      </h2>
      <p data-testid="pair-count">{total > 0 ? t.pairShared(total) : t.pairNone}</p>
      {(['leadLead', 'leadSupport', 'supportSupport'] as const).map((split) =>
        groups[split].length === 0 ? null : (
          <section key={split} data-split={split}>
            <h3>
              {t[split]} <span className="muted">({groups[split].length})</span>
            </h3>
            <ul className="pair-tasks">
              {groups[split].map((task) => (
                <li key={task.ordinal} className="pair-task">
                  <button className="link task-link" onClick={() => select({ type: 'task', id: taskId(task.ordinal) })}>
                    <strong>{t.taskNumber(task.label)}</strong> {(task.headline ?? task.measures ?? '').slice(0, 40)}
                  </button>
                  {task.division ? (
                    <p className="source-text division-text">
                      {highlight(task.division, divisionRanges(props.plan, task, [a, b])).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                    </p>
                  ) : (
                    <p className="warning">{t.noDivision}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </article>
  );
}
