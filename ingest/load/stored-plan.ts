/**
 * A plan as cypher/plan.cypher reads it back from Neo4j, typed by zod, and its mapping to the
 * ParsedPlan the parser wrote — the other direction of graph-rows.ts. Neo4j keeps no nulls
 * (a property set to null is absent), no lists of maps (line origins and paragraph roles
 * travel as JSON) and flattens spans into line/paragraph/start/end; everything else comes
 * back as it went in, which the round-trip test holds it to.
 */
import { z } from 'zod';
import { LineOrigin, ParagraphEntry, ParsedPlan, PARSED_PLAN_FORMAT, type SourceSpan } from '../model';

/** An absent property read as null. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const int = z.number().int();
const names = z.array(z.string()).nullish().transform((v) => v ?? []);

const SpanFields = z.object({ line: maybe(int), paragraph: maybe(int), start: maybe(int), end: maybe(int) });
type SpanFields = z.infer<typeof SpanFields>;

/** A JSON text stored on the document, read with its schema. */
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .nullish()
    .transform((text, ctx) => {
      try {
        return text ? JSON.parse(text) : [];
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

export const StoredPlanRow = z.object({
  document: z.object({
    id: z.string(),
    title: maybe(z.string()),
    region: maybe(z.string()),
    regionSource: maybe(z.enum(['title', 'body'])),
    year: maybe(int),
    level: maybe(z.enum(['national', 'province', 'city', 'district'])),
    taskNumbering: names,
    numberingRestartsInSections: z.boolean().nullish().transform((v) => v ?? false),
    divisionForms: names,
    conventions: names,
    sourceFile: z.string(),
    format: z.string().nullish().transform((v) => v ?? 'text'),
    encoding: maybe(z.string()),
    script: z.string().nullish().transform((v) => v ?? 'simplified'),
    contentHash: z.string(),
    paragraphCount: int,
    lineOrigins: json(z.array(LineOrigin)),
    paragraphs: json(z.array(ParagraphEntry)),
  }),
  sections: z.array(SpanFields.extend({ number: int, title: maybe(z.string()) })),
  tasks: z.array(
    SpanFields.extend({
      ordinal: int,
      number: maybe(int),
      numberInferred: z.boolean(),
      label: maybe(z.string()),
      leaders: names,
      deadline: maybe(z.string()),
      sectionNumber: maybe(int),
      headline: maybe(z.string()),
      measures: maybe(z.string()),
      division: maybe(z.string()),
      headline_line: maybe(int), headline_paragraph: maybe(int), headline_start: maybe(int), headline_end: maybe(int),
      measures_line: maybe(int), measures_paragraph: maybe(int), measures_start: maybe(int), measures_end: maybe(int),
      division_line: maybe(int), division_paragraph: maybe(int), division_start: maybe(int), division_end: maybe(int),
    }),
  ),
  units: z.array(z.object({ name: z.string(), kind: z.string(), aliases: names, fullName: maybe(z.string()), known: z.boolean() })),
  assignments: z.array(SpanFields.extend({ task: int, unit: z.string(), role: z.enum(['lead', 'support']), order: int, surface: z.string() })),
  projects: z.array(z.object({ name: z.string(), kind: z.string(), aliases: names })),
  mentions: z.array(SpanFields.extend({ task: int, project: z.string(), surface: z.string(), stage: maybe(z.string()), stageWords: names })),
  findings: z.array(
    z.object({
      code: z.string(),
      severity: z.string(),
      message: z.string(),
      line: maybe(int),
      task: maybe(int),
      span_line: maybe(int), span_paragraph: maybe(int), span_start: maybe(int), span_end: maybe(int),
    }),
  ),
});
export type StoredPlanRow = z.infer<typeof StoredPlanRow>;

/** The span of a stored row, with its fields under `prefix` (headline_, span_ …). */
function spanOf(row: Record<string, unknown>, prefix = ''): SourceSpan | null {
  const field = (name: keyof SpanFields) => row[`${prefix}${name}`] as number | null;
  const line = field('line');
  return line === null ? null : { line, paragraph: field('paragraph')!, start: field('start')!, end: field('end')! };
}

/**
 * The stored plan as the ParsedPlan it was loaded from. Throws a ZodError when the row does
 * not have the stored shape or the plan it makes fails the ParsedPlan schema: a fault of the
 * database's content, not of the request that asked for it.
 */
export function planFromStored(input: unknown): ParsedPlan {
  const row = StoredPlanRow.parse(input);
  const { document: doc } = row;
  const projectTasks = new Map<string, number[]>();
  for (const m of row.mentions) {
    const ordinals = projectTasks.get(m.project) ?? [];
    if (!ordinals.includes(m.task)) ordinals.push(m.task);
    projectTasks.set(m.project, ordinals);
  }
  const numberOf = new Map(row.tasks.map((t) => [t.ordinal, t.number]));
  const roleOf = (ordinal: number, role: 'lead' | 'support') =>
    row.assignments.filter((a) => a.task === ordinal && a.role === role).sort((a, b) => a.order - b.order).map((a) => a.unit);
  return ParsedPlan.parse({
    format: PARSED_PLAN_FORMAT,
    document: {
      id: doc.id,
      title: doc.title,
      region: doc.region,
      regionSource: doc.regionSource,
      year: doc.year,
      level: doc.level,
      layout: { taskNumbering: doc.taskNumbering, numberingRestartsInSections: doc.numberingRestartsInSections, divisionForms: doc.divisionForms, conventions: doc.conventions },
      sourceFile: doc.sourceFile,
      format: doc.format,
      encoding: doc.encoding,
      script: doc.script,
      contentHash: doc.contentHash,
      paragraphCount: doc.paragraphCount,
    },
    sections: row.sections.map((s) => ({ number: s.number, title: s.title, span: spanOf(s) })),
    tasks: row.tasks.map((t) => ({
      ordinal: t.ordinal,
      number: t.number,
      numberInferred: t.numberInferred,
      label: t.label,
      section: t.sectionNumber,
      headline: t.headline,
      measures: t.measures,
      division: t.division,
      leads: roleOf(t.ordinal, 'lead'),
      supports: roleOf(t.ordinal, 'support'),
      leaders: t.leaders,
      deadline: t.deadline,
      projects: [...new Set(row.mentions.filter((m) => m.task === t.ordinal).map((m) => m.project))],
      span: spanOf(t),
      headlineSpan: spanOf(t, 'headline_'),
      measuresSpan: spanOf(t, 'measures_'),
      divisionSpan: spanOf(t, 'division_'),
    })),
    units: row.units.map((u) => ({ name: u.name, kind: u.kind, aliases: u.aliases, fullName: u.fullName, known: u.known })),
    assignments: row.assignments.map((a) => ({ task: a.task, unit: a.unit, role: a.role, order: a.order, surface: a.surface, span: spanOf(a) })),
    projects: row.projects.map((p) => {
      const ordinals = [...(projectTasks.get(p.name) ?? [])].sort((a, b) => a - b);
      return { name: p.name, kind: p.kind, aliases: p.aliases, tasks: ordinals, taskNumbers: ordinals.map((o) => numberOf.get(o) ?? null) };
    }),
    mentions: row.mentions.map((m) => ({ task: m.task, project: m.project, surface: m.surface, stageWords: m.stageWords, stage: m.stage, span: spanOf(m) })),
    findings: row.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, line: f.line, task: f.task, span: spanOf(f, 'span_') })),
    paragraphs: doc.paragraphs,
    lineOrigins: doc.lineOrigins,
  });
}
