/** One unit: its kind and numbers, the tasks it leads and supports, its main partners. */
import { useMemo } from 'react';
import type { ParsedPlan, Task } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { selectRankings } from '../state/selectors';
import { taskId, unitId } from '../graph/network-model';
import { UNIT_KIND_COLOURS } from '../graph/palette';
import { UnitName } from './UnitName';
import { formatBetweenness } from './RankingsPanel';
import { useRankingsWithBetweenness } from '../data/useRankingsWithBetweenness';

export function UnitProfile(props: { plan: ParsedPlan; unit: string }) {
  const t = useMessages();
  const { plan, unit } = props;
  const units = useMemo(() => plan.units.map((u) => u.name), [plan]);
  const rankings = useRankingsWithBetweenness(units, useAppStore(selectRankings), true);
  const select = useAppStore((s) => s.select);
  const info = plan.units.find((u) => u.name === unit);
  if (!info) return null;
  const metrics = rankings?.workload.find((w) => w.unit === unit);
  const tasksIn = (role: 'lead' | 'support') =>
    plan.tasks.filter((task) => plan.assignments.some((a) => a.task === task.ordinal && a.unit === unit && a.role === role) && (role === 'lead' || !task.leads.includes(unit)));
  const partners = (rankings?.coOwnership ?? [])
    .filter((p) => p.a === unit || p.b === unit)
    .slice(0, 12)
    .map((p) => ({ name: p.a === unit ? p.b : p.a, shared: p.shared }));

  return (
    <article className="unit-profile" aria-label={t.panelUnit}>
      <h2>
        <UnitName name={info.name} />
      </h2>
      <p>
        <span className="swatch" style={{ background: UNIT_KIND_COLOURS[info.kind] }} /> {t.kinds[info.kind]}
        {info.fullName && <span className="muted"> · {info.fullName}</span>}
      </p>
      {info.aliases.length > 1 && <p className="muted">{info.aliases.join(' / ')}</p>}
      {metrics && (
        <dl className="metrics">
          <dt>{t.led}</dt>
          <dd>{metrics.ledTasks}</dd>
          <dt>{t.supported}</dt>
          <dd>{metrics.supportedTasks}</dd>
          <dt>{t.partners}</dt>
          <dd>{metrics.partners}</dd>
          <dt>{t.coordinationLoad}</dt>
          <dd>{metrics.coordinationLoad}</dd>
          <dt>{t.betweenness}</dt>
          <dd>{formatBetweenness(metrics.betweenness)}</dd>
        </dl>
      )}
      <TaskList title={t.tasksLed} tasks={tasksIn('lead')} onPick={(task) => select({ type: 'task', id: taskId(task.ordinal) })} numberLabel={t.taskNumber} />
      <TaskList title={t.tasksSupported} tasks={tasksIn('support')} onPick={(task) => select({ type: 'task', id: taskId(task.ordinal) })} numberLabel={t.taskNumber} />
      {partners.length > 0 && (
        <section>
          <h3>{t.topPartners}</h3>
          <ul className="chips">
            {partners.map((p) => (
              <li key={p.name}>
                <button className="chip" onClick={() => select({ type: 'unit', id: unitId(p.name) })}>
                  <UnitName name={p.name} /> <span className="muted">{p.shared}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function TaskList(props: { title: string; tasks: Task[]; onPick: (task: Task) => void; numberLabel: (label: string | null) => string }) {
  if (props.tasks.length === 0) return null;
  return (
    <section>
      <h3>
        {props.title} <span className="muted">({props.tasks.length})</span>
      </h3>
      <ul className="task-list" data-list={props.title}>
        {props.tasks.map((task) => (
          <li key={task.ordinal}>
            <button className="link task-link" onClick={() => props.onPick(task)}>
              <strong>{props.numberLabel(task.label)}</strong> {(task.headline ?? task.measures ?? '').slice(0, 42)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
