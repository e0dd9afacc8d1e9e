/**
 * Referential integrity of a parsed plan: every task, unit, project and section it points
 * at exists, and no two of them share a key. A parsed-plan JSON is data from outside; one
 * that names a unit it does not list would otherwise fail deep inside the metrics, or write
 * relationships to nothing. The first broken reference is named, in document order.
 */
import type { Assignment } from './assignment';
import type { Finding } from './finding';
import type { ParagraphEntry } from './paragraph-role';
import type { Project, ProjectMention } from './project';
import type { Section } from './section';
import type { Task } from './task';
import type { Unit } from './unit';

export interface PlanParts {
  sections: readonly Section[];
  tasks: readonly Task[];
  units: readonly Unit[];
  assignments: readonly Assignment[];
  projects: readonly Project[];
  mentions: readonly ProjectMention[];
  findings: readonly Finding[];
  paragraphs: readonly ParagraphEntry[];
}

export interface BrokenReference {
  path: Array<string | number>;
  message: string;
}

/** The first reference of `plan` that points at nothing, or the first duplicated key; null when whole. */
export function firstBrokenReference(plan: PlanParts): BrokenReference | null {
  // Section numbers may repeat (a notice's own 一、二、 before the plan's): their headings
  // share one node, as they always have. Tasks, units and projects are keyed by these.
  const duplicate =
    firstDuplicate(plan.tasks.map((t) => t.ordinal), 'tasks', 'ordinal', 'task ordinal') ??
    firstDuplicate(plan.units.map((u) => u.name), 'units', 'name', 'unit name') ??
    firstDuplicate(plan.projects.map((p) => p.name), 'projects', 'name', 'project name');
  if (duplicate) return duplicate;

  const sections = new Set(plan.sections.map((s) => s.number));
  const tasks = new Set(plan.tasks.map((t) => t.ordinal));
  const units = new Set(plan.units.map((u) => u.name));
  const projects = new Set(plan.projects.map((p) => p.name));
  const task = (ordinal: number | null) => ordinal === null || tasks.has(ordinal);
  const missingTask = (ordinal: number | null) => `task ${ordinal} is not among the plan's ${tasks.size} task(s)`;
  const missingUnit = (name: string) => `unit "${name}" is not among the plan's units`;
  const missingProject = (name: string) => `project "${name}" is not among the plan's projects`;

  const checks: Array<() => BrokenReference | null> = [
    () => first(plan.tasks, (t) => t.section === null || sections.has(t.section), (i, t) => at(['tasks', i, 'section'], `section ${t.section} is not among the plan's sections`)),
    () => firstNested(plan.tasks, (t) => t.leads, (n) => units.has(n), (i, k, n) => at(['tasks', i, 'leads', k], missingUnit(n))),
    () => firstNested(plan.tasks, (t) => t.supports, (n) => units.has(n), (i, k, n) => at(['tasks', i, 'supports', k], missingUnit(n))),
    () => firstNested(plan.tasks, (t) => t.projects, (n) => projects.has(n), (i, k, n) => at(['tasks', i, 'projects', k], missingProject(n))),
    () => first(plan.assignments, (a) => tasks.has(a.task), (i, a) => at(['assignments', i, 'task'], missingTask(a.task))),
    () => first(plan.assignments, (a) => units.has(a.unit), (i, a) => at(['assignments', i, 'unit'], missingUnit(a.unit))),
    () => firstNested(plan.projects, (p) => p.tasks, (o) => tasks.has(o), (i, k, o) => at(['projects', i, 'tasks', k], missingTask(o))),
    () => first(plan.mentions, (m) => tasks.has(m.task), (i, m) => at(['mentions', i, 'task'], missingTask(m.task))),
    () => first(plan.mentions, (m) => projects.has(m.project), (i, m) => at(['mentions', i, 'project'], missingProject(m.project))),
    () => first(plan.findings, (f) => task(f.task), (i, f) => at(['findings', i, 'task'], missingTask(f.task))),
    () => first(plan.paragraphs, (p) => task(p.task), (i, p) => at(['paragraphs', i, 'task'], missingTask(p.task))),
  ];
  for (const check of checks) {
    const broken = check();
    if (broken) return broken;
  }
  return null;
}

const at = (path: Array<string | number>, message: string): BrokenReference => ({ path, message });

function first<T>(items: readonly T[], holds: (item: T) => boolean, broken: (index: number, item: T) => BrokenReference): BrokenReference | null {
  const index = items.findIndex((item) => !holds(item));
  return index < 0 ? null : broken(index, items[index]!);
}

function firstNested<T, V>(
  items: readonly T[],
  values: (item: T) => readonly V[],
  holds: (value: V) => boolean,
  broken: (index: number, inner: number, value: V) => BrokenReference,
): BrokenReference | null {
  for (const [i, item] of items.entries()) {
    const k = values(item).findIndex((v) => !holds(v));
    if (k >= 0) return broken(i, k, values(item)[k]!);
  }
  return null;
}

function firstDuplicate<V>(values: readonly V[], list: string, field: string, what: string): BrokenReference | null {
  const seen = new Set<V>();
  for (const [i, value] of values.entries()) {
    if (seen.has(value)) return at([list, i, field], `${what} ${JSON.stringify(value)} appears twice`);
    seen.add(value);
  }
  return null;
}
