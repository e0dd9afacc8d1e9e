/** One project: its kind, other names, and the tasks that mention it with their stage and their units. */
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { taskId } from '../graph/network-model';
import { TaskUnitChips } from './TaskUnitChips';
import { PROJECT_KIND_COLOURS } from '../graph/palette';

export function ProjectDetail(props: { plan: ParsedPlan; project: string }) {
  const t = useMessages();
  const select = useAppStore((s) => s.select);
  const project = props.plan.projects.find((p) => p.name === props.project);
  if (!project) return null;
  const mentions = props.plan.mentions.filter((m) => m.project === project.name);
  return (
    <article className="project-detail">
      <h2>{project.name}</h2>
      <p>
        <span className="swatch" style={{ background: PROJECT_KIND_COLOURS[project.kind] }} /> {t.projectKinds[project.kind]}
      </p>
      {project.aliases.length > 1 && <p className="muted">{project.aliases.join(' / ')}</p>}
      <ul className="task-list">
        {mentions.map((m, i) => {
          const task = props.plan.tasks[m.task - 1]!;
          return (
            <li key={i}>
              <button className="link task-link" onClick={() => select({ type: 'task', id: taskId(task.ordinal) })}>
                <strong>{t.taskNumber(task.label)}</strong> {m.surface} {m.stageWords.length > 0 && <span className="muted">({m.stageWords.join('、')})</span>}
              </button>
              {/* The units of the task: who has to coordinate on the project. */}
              <TaskUnitChips task={task} className="project-units" />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
