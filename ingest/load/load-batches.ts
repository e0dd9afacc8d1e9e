/**
 * The rows of graph-rows.ts as the parameters of cypher/load-plan.cypher: the document with
 * its sections, units and projects in one statement, then the tasks in batches, each task
 * carrying its own leads, supports, mentions and findings, which point at units, projects
 * and sections by their place in the lists of the first statement. Pure.
 */
import type { GraphRows } from './graph-rows';
import { int, withIntegers } from './neo4j-values';

/**
 * Rows (tasks and the relationships and findings they carry) per task batch. Measured on a
 * 10 MB plan (docs/decisions.md): 500 rows left the database waiting on round trips, 20,000
 * held more parameters in memory at once for no gain in time.
 */
export const BATCH_ROWS = 5_000;

type Props = Record<string, unknown>;
type Row = GraphRows['tasks'][number];

export interface TaskRow {
  props: unknown;
  /** Index into the sections of the first statement; null for a task outside any section. */
  section: unknown;
  leads: unknown[][];
  supports: unknown[][];
  mentions: unknown[][];
  findings: unknown[];
}

/** Element ids the first statement returns, in the order of its lists. */
export interface HeadIds {
  document: string;
  sections: string[];
  units: string[];
  projects: string[];
}

const withDocument = (row: Props, documentId: string) => withIntegers({ ...row, document: documentId });

/** Parameters of the first statement: the document, its sections, units, projects and the findings that concern no task. */
export function headParameters(rows: GraphRows): Record<string, unknown> {
  const id = rows.documentId;
  return {
    document: withIntegers(rows.document),
    sections: rows.sections.map((s) => withDocument(s, id)),
    units: rows.units.map((u) => withDocument(u, id)),
    projects: rows.projects.map((p) => withDocument(p, id)),
    looseFindings: rows.findings.filter((f) => f.task === null).map((f) => withDocument(f.props, id)),
  };
}

/** Every task with what it carries, in the plan's order. */
export function taskRows(rows: GraphRows): TaskRow[] {
  const id = rows.documentId;
  const sectionAt = new Map(rows.sections.map((s, i) => [s.number, i]));
  const unitAt = new Map(rows.units.map((u, i) => [u.name, i]));
  const projectAt = new Map(rows.projects.map((p, i) => [p.name, i]));
  const byOrdinal = new Map<unknown, TaskRow>();
  const tasks = rows.tasks.map((t) => {
    const row: TaskRow = { props: withDocument(t, id), section: int(sectionAt.get(t.sectionNumber as number) ?? null), leads: [], supports: [], mentions: [], findings: [] };
    byOrdinal.set(t.ordinal, row);
    return row;
  });
  const taskOf = new Map(rows.tasks.map((t) => [t.ordinal, t]));
  // What a relationship would repeat is left out and read back from where it is stored once
  // (cypher/plan.cypher): the surface when it is the unit's or project's name, the line and
  // paragraph when they are those of the task's division or measures paragraph. Properties of
  // relationships were half of the database's work in a load (docs/decisions.md).
  const place = (p: Props, task: Row, prefix: string) =>
    p.start !== null && p.line === task[`${prefix}line`] && p.paragraph === task[`${prefix}paragraph`] ? [null, null] : [int(p.line as number | null), int(p.paragraph as number | null)];
  const assignment = (unit: string, ordinal: number, p: Props) => [
    int(unitAt.get(unit)!),
    int(p.order as number),
    p.surface === unit ? null : p.surface,
    ...place(p, taskOf.get(ordinal)!, 'division_'),
    int(p.start as number | null),
    int(p.end as number | null),
  ];
  for (const a of rows.leads) byOrdinal.get(a.task)!.leads.push(assignment(a.unit, a.task, a.props));
  for (const a of rows.supports) byOrdinal.get(a.task)!.supports.push(assignment(a.unit, a.task, a.props));
  for (const m of rows.mentions) {
    const p = m.props;
    const surface = p.surface === m.project ? null : p.surface;
    byOrdinal.get(m.task)!.mentions.push([int(projectAt.get(m.project)!), surface, p.stage, p.stageWords, ...place(p, taskOf.get(m.task)!, 'measures_'), int(p.start as number | null), int(p.end as number | null)]);
  }
  for (const f of rows.findings) if (f.task !== null) byOrdinal.get(f.task)!.findings.push(withDocument(f.props, id));
  return tasks;
}

const weight = (t: TaskRow) => 1 + t.leads.length + t.supports.length + t.mentions.length + t.findings.length;

/** Consecutive batches of tasks of about `rows` rows each (a task is never split). */
export function taskBatches(tasks: readonly TaskRow[], rows = BATCH_ROWS): TaskRow[][] {
  const batches: TaskRow[][] = [];
  let current: TaskRow[] = [];
  let size = 0;
  for (const task of tasks) {
    current.push(task);
    size += weight(task);
    if (size >= rows) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Parameters of one task batch. */
export const batchParameters = (ids: HeadIds, tasks: readonly TaskRow[]): Record<string, unknown> => ({ ...ids, tasks });
