/**
 * One task as the plan wrote it: headline, measures with the projects marked, and the
 * division sentence with the selected unit's words marked. Text is rendered as text.
 */
import type { ParsedPlan, Task } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { projectId, unitId } from '../graph/network-model';
import { highlight } from './highlight';
import { UnitName } from './UnitName';
import { selectLanguage } from '../state/selectors';
import { sectionTitle } from '../i18n/section-english';

export function TaskDetail(props: { plan: ParsedPlan; task: Task; focusUnit: string | null }) {
  const t = useMessages();
  const language = useAppStore(selectLanguage);
  const select = useAppStore((s) => s.select);
  const { plan, task } = props;
  // A line of a table or a PDF is named by its row or page: what the reader finds in the file.
  const place = (line: number | null) => t.line(line, line === null ? undefined : plan.lineOrigins[line - 1]);
  const section = plan.sections.find((s) => s.number === task.section);
  const own = plan.assignments.filter((a) => a.task === task.ordinal);
  const divisionRanges = (() => {
    if (!task.division || !task.divisionSpan || !props.focusUnit) return [];
    return own
      .filter((a) => a.unit === props.focusUnit)
      .map((a) => {
        const offset = a.span.start - task.divisionSpan!.start;
        if (task.division!.slice(offset, offset + a.surface.length) === a.surface) return [offset, offset + a.surface.length] as const;
        const found = task.division!.indexOf(a.surface);
        return [found, found + a.surface.length] as const;
      });
  })();
  const measureRanges = (() => {
    if (!task.measures || !task.measuresSpan) return [];
    return plan.mentions
      .filter((m) => m.task === task.ordinal && m.span.start >= task.measuresSpan!.start && m.span.end <= task.measuresSpan!.end)
      .map((m) => [m.span.start - task.measuresSpan!.start, m.span.end - task.measuresSpan!.start] as const);
  })();

  return (
    <article className="task-detail" aria-label={t.panelTask}>
      <h2>
        {t.taskNumber(task.label)}
        {task.numberInferred && task.number !== null && <span className="badge">{t.inferred}</span>}
      </h2>
      {section && <p className="muted section-title">{`${section.number}. ${sectionTitle(section.title, language) ?? '—'}`}</p>}
      {task.headline && (
        <p className="headline">
          <span className="muted">{place(task.headlineSpan?.line ?? null)} </span>
          {task.headline}
        </p>
      )}
      {task.measures && (
        <section>
          <h3>
            {t.measures} <span className="muted">{place(task.measuresSpan?.line ?? null)}</span>
          </h3>
          <p className="source-text measures-text">
            {highlight(task.measures, measureRanges).map((p, i) => (p.marked ? <mark key={i} className="project-mark">{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
        </section>
      )}
      <section>
        <h3>
          {t.division} <span className="muted">{place(task.divisionSpan?.line ?? null)}</span>
        </h3>
        {task.division ? (
          <p className="source-text division-text">
            {highlight(task.division, divisionRanges).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
        ) : (
          <p className="warning">{t.noDivision}</p>
        )}
        {task.leaders.length > 0 && (
          <p className="task-leaders">
            <span className="muted">{t.leaders}: </span>
            {task.leaders.join('、')}
          </p>
        )}
        {task.deadline && (
          <p className="task-deadline">
            <span className="muted">{t.deadline}: </span>
            {task.deadline}
          </p>
        )}
        <UnitList label={t.led} units={task.leads} onPick={(u) => select({ type: 'unit', id: unitId(u) })} />
        <UnitList label={t.supported} units={task.supports} onPick={(u) => select({ type: 'unit', id: unitId(u) })} />
      </section>
      {task.projects.length > 0 && (
        <section>
          <h3>{t.projects}</h3>
          <ul className="chips">
            {task.projects.map((p) => (
              <li key={p}>
                <button className="chip" onClick={() => select({ type: 'project', id: projectId(p) })}>
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function UnitList(props: { label: string; units: string[]; onPick: (unit: string) => void }) {
  if (props.units.length === 0) return null;
  return (
    <div className="unit-list">
      <span className="muted">{props.label}</span>
      <ul className="chips">
        {props.units.map((u) => (
          <li key={u}>
            <button className="chip" onClick={() => props.onPick(u)}>
              <UnitName name={u} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
