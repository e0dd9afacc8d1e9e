/**
 * The row of cypher/plan.cypher back into a ParsedPlan, validated by the same schema the
 * parser's output passes, so the app draws a plan from the database exactly as it draws a
 * parsed-plan JSON opened from disk.
 */
import { ParsedPlan, PARSED_PLAN_FORMAT } from '../../ingest/model';

type Stored = Record<string, unknown>;
const spanOf = (row: Stored, prefix = '') =>
  row[`${prefix}line`] == null ? null : { line: row[`${prefix}line`], paragraph: row[`${prefix}paragraph`], start: row[`${prefix}start`], end: row[`${prefix}end`] };


export function planFromGraph(row: Stored): { plan: ParsedPlan } {
  const doc = row.document as Stored;
  const tasks = row.tasks as Stored[];
  const assignments = row.assignments as Stored[];
  const mentions = row.mentions as Stored[];
  const projectTasks = new Map<string, Set<number>>();
  for (const m of mentions) {
    const set = projectTasks.get(m.project as string) ?? new Set<number>();
    set.add(m.task as number);
    projectTasks.set(m.project as string, set);
  }
  const numberOf = new Map(tasks.map((t) => [t.ordinal as number, (t.number as number | null) ?? null]));
  const plan = ParsedPlan.parse({
    format: PARSED_PLAN_FORMAT,
    document: {
      id: doc.id,
      title: doc.title ?? null,
      region: doc.region ?? null,
      regionSource: doc.regionSource ?? null,
      year: doc.year ?? null,
      level: doc.level ?? null,
      layout: {
        taskNumbering: doc.taskNumbering ?? [],
        numberingRestartsInSections: doc.numberingRestartsInSections ?? false,
        divisionForms: doc.divisionForms ?? [],
        conventions: doc.conventions ?? [],
      },
      sourceFile: doc.sourceFile,
      format: doc.format ?? 'text',
      encoding: doc.encoding ?? null,
      script: doc.script ?? 'simplified',
      contentHash: doc.contentHash,
      paragraphCount: doc.paragraphCount,
    },
    sections: (row.sections as Stored[]).map((s) => ({ number: s.number, title: s.title ?? null, span: spanOf(s) })),
    tasks: tasks.map((t) => {
      const own = (role: string) =>
        assignments.filter((a) => a.task === t.ordinal && a.role === role).sort((a, b) => (a.order as number) - (b.order as number)).map((a) => a.unit);
      return {
        ordinal: t.ordinal,
        number: t.number ?? null,
        numberInferred: t.numberInferred,
        label: t.label ?? null,
        leaders: t.leaders ?? [],
        deadline: t.deadline ?? null,
        section: t.sectionNumber ?? null,
        headline: t.headline ?? null,
        measures: t.measures ?? null,
        division: t.division ?? null,
        leads: own('lead'),
        supports: own('support'),
        projects: [...new Set(mentions.filter((m) => m.task === t.ordinal).map((m) => m.project))],
        span: spanOf(t),
        headlineSpan: spanOf(t, 'headline_'),
        measuresSpan: spanOf(t, 'measures_'),
        divisionSpan: spanOf(t, 'division_'),
      };
    }),
    units: (row.units as Stored[]).map((u) => ({ name: u.name, kind: u.kind, aliases: u.aliases ?? [], fullName: u.fullName ?? null, known: u.known })),
    assignments: assignments.map((a) => ({ task: a.task, unit: a.unit, role: a.role, order: a.order, surface: a.surface, span: spanOf(a) })),
    projects: (row.projects as Stored[]).map((p) => {
      const ordinals = [...(projectTasks.get(p.name as string) ?? [])].sort((a, b) => a - b);
      return { name: p.name, kind: p.kind, aliases: p.aliases ?? [], tasks: ordinals, taskNumbers: ordinals.map((o) => numberOf.get(o) ?? null) };
    }),
    mentions: mentions.map((m) => ({ task: m.task, project: m.project, surface: m.surface, stageWords: m.stageWords ?? [], stage: m.stage ?? null, span: spanOf(m) })),
    findings: (row.findings as Stored[]).map((f) => ({ code: f.code, severity: f.severity, message: f.message, line: f.line ?? null, task: f.task ?? null, span: null })),
    paragraphs: [],
    lineOrigins: typeof doc.lineOrigins === 'string' ? JSON.parse(doc.lineOrigins) : [],
  });
  return { plan };
}
