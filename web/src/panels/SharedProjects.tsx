/**
 * Projects named by several tasks, the dependencies a planner has to coordinate: each project,
 * the tasks that name it, and the units of each task. Everything is a button that selects it
 * (and lights up its units in the graph).
 */
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { projectId, taskId } from '../graph/network-model';
import { TaskUnitChips } from './TaskUnitChips';

export function SharedProjects(props: { plan: ParsedPlan }) {
  const t = useMessages();
  const select = useAppStore((s) => s.select);
  const byOrdinal = new Map(props.plan.tasks.map((task) => [task.ordinal, task]));
  const shared = props.plan.projects.filter((p) => p.tasks.length > 1).sort((a, b) => b.tasks.length - a.tasks.length || (a.name < b.name ? -1 : 1));
  return (
    <table className="ranking-table shared-projects" data-table="projects">
      <caption className="muted" title={t.sharedProjectsHelp}>
        {t.sharedProjectsTitle}
      </caption>
      <thead>
        <tr>
          <th>{t.projects}</th>
          <th>{t.tasksCol}</th>
          <th>{t.unitsCol}</th>
        </tr>
      </thead>
      <tbody>
        {shared.flatMap((project) =>
          project.tasks.map((ordinal, i) => {
            const task = byOrdinal.get(ordinal)!;
            return (
              <tr key={`${project.name}|${ordinal}`} data-project={project.name}>
                {i === 0 && (
                  <td rowSpan={project.tasks.length}>
                    <button className="link" onClick={() => select({ type: 'project', id: projectId(project.name) })}>
                      {project.name}
                    </button>
                  </td>
                )}
                <td>
                  <button className="link task-link" onClick={() => select({ type: 'task', id: taskId(ordinal) })}>
                    {t.taskNumber(task.label)}
                  </button>
                </td>
                <td>
                  <TaskUnitChips task={task} />
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
