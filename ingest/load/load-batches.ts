/**
 * The rows of graph-rows.ts as the parameters of cypher/load-plan.cypher: the document with
 * its sections, units and projects in one statement, then the tasks in batches, each task
 * carrying its own leads, supports, mentions and findings, which point at units, projects
 * and sections by their place in the lists of the first statement, and last the plan hash
 * and the units' metrics (graph-rows.ts, planFigures). Pure.
 */
import type { GraphRows, PlanFigures } from './graph-rows';
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

type AssignmentSource = GraphRows['leads'][number];
type MentionSource = GraphRows['mentions'][number];
type FindingSource = GraphRows['findings'][number];

/**
 * The tasks in consecutive batches of about `batchRows` rows each (a task with its leads,
 * supports, mentions and findings is never split), in the plan's order. A batch's rows are
 * built when it is called, so the loader sends the first batch while the later ones are
 * still to be built.
 */
export function taskBatches(rows: GraphRows, batchRows = BATCH_ROWS): Array<() => TaskRow[]> {
  const id = rows.documentId;
  const sectionAt = new Map(rows.sections.map((s, i) => [s.number, i]));
  const unitAt = new Map(rows.units.map((u, i) => [u.name, i]));
  const projectAt = new Map(rows.projects.map((p, i) => [p.name, i]));
  const carried = new Map<unknown, { leads: AssignmentSource[]; supports: AssignmentSource[]; mentions: MentionSource[]; findings: FindingSource[] }>(
    rows.tasks.map((t) => [t.ordinal, { leads: [], supports: [], mentions: [], findings: [] }]),
  );
  for (const a of rows.leads) carried.get(a.task)!.leads.push(a);
  for (const a of rows.supports) carried.get(a.task)!.supports.push(a);
  for (const m of rows.mentions) carried.get(m.task)!.mentions.push(m);
  for (const f of rows.findings) if (f.task !== null) carried.get(f.task)!.findings.push(f);

  // What a relationship would repeat is left out and read back from where it is stored once
  // (cypher/plan.cypher): the surface when it is the unit's or project's name, the line and
  // paragraph when they are those of the task's division or measures paragraph. Properties of
  // relationships were half of the database's work in a load (docs/decisions.md).
  const place = (p: Props, task: Row, prefix: string) =>
    p.start !== null && p.line === task[`${prefix}line`] && p.paragraph === task[`${prefix}paragraph`] ? [null, null] : [int(p.line as number | null), int(p.paragraph as number | null)];
  const assignment = (a: AssignmentSource, task: Row) => [
    int(unitAt.get(a.unit)!),
    int(a.props.order as number),
    a.props.surface === a.unit ? null : a.props.surface,
    ...place(a.props, task, 'division_'),
    int(a.props.start as number | null),
    int(a.props.end as number | null),
  ];
  const taskRow = (t: Row): TaskRow => {
    const c = carried.get(t.ordinal)!;
    return {
      props: withDocument(t, id),
      section: int(sectionAt.get(t.sectionNumber as number) ?? null),
      leads: c.leads.map((a) => assignment(a, t)),
      supports: c.supports.map((a) => assignment(a, t)),
      mentions: c.mentions.map((m) => {
        const p = m.props;
        return [int(projectAt.get(m.project)!), p.surface === m.project ? null : p.surface, p.stage, p.stageWords, ...place(p, t, 'measures_'), int(p.start as number | null), int(p.end as number | null)];
      }),
      findings: c.findings.map((f) => withDocument(f.props, id)),
    };
  };

  const batches: Row[][] = [];
  let current: Row[] = [];
  let size = 0;
  for (const task of rows.tasks) {
    const c = carried.get(task.ordinal)!;
    current.push(task);
    size += 1 + c.leads.length + c.supports.length + c.mentions.length + c.findings.length;
    if (size >= batchRows) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches.map((tasks) => () => tasks.map(taskRow));
}

/** Parameters of one task batch. */
export const batchParameters = (ids: HeadIds, tasks: readonly TaskRow[]): Record<string, unknown> => ({ ...ids, tasks });

/** Parameters of the last statement: the plan hash and the units' metrics. */
export const figuresParameters = (ids: HeadIds, figures: PlanFigures): Record<string, unknown> => ({
  document: ids.document,
  units: ids.units,
  planHash: figures.planHash,
  unitMetrics: figures.units.map((metrics) => withIntegers(metrics)),
});
