/**
 * The parsed plan as rows for the UNWIND statements of cypher/load-plan.cypher, with the
 * unit metrics computed on the way. Pure: the same plan always gives the same rows. A node
 * is named by its own name or number; the statements pair it with the document id, so
 * plans never share a node.
 */
import { createHash } from 'node:crypto';
import type { ParsedPlan, SourceSpan } from '../model';
import { taskTeams } from '../metrics/task-teams';
import { coOwnership } from '../metrics/co-ownership';
import { unitWorkloads } from '../metrics/workload';

type Row = Record<string, string | number | boolean | null | string[]>;

export interface GraphRows {
  documentId: string;
  document: Row;
  sections: Row[];
  tasks: Row[];
  units: Row[];
  /** Unit name and task ordinal of each assignment. */
  leads: Array<{ unit: string; task: number; props: Row }>;
  supports: Array<{ unit: string; task: number; props: Row }>;
  projects: Row[];
  mentions: Array<{ task: number; project: string; props: Row }>;
  findings: Array<{ ordinal: number; task: number | null; props: Row }>;
}

const span = (s: SourceSpan | null, prefix = '') =>
  s
    ? { [`${prefix}line`]: s.line, [`${prefix}paragraph`]: s.paragraph, [`${prefix}start`]: s.start, [`${prefix}end`]: s.end }
    : { [`${prefix}line`]: null, [`${prefix}paragraph`]: null, [`${prefix}start`]: null, [`${prefix}end`]: null };

/** Hash of the parsed plan: loading an identical parse again is a no-op. */
export function planHash(plan: ParsedPlan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

export function graphRows(plan: ParsedPlan): GraphRows {
  const id = plan.document.id;
  const teams = taskTeams(plan);
  const pairs = coOwnership(teams);
  const workloads = new Map(unitWorkloads(plan.units.map((u) => u.name), teams, pairs).map((w) => [w.unit, w]));

  const assignmentRows = (role: 'lead' | 'support') =>
    plan.assignments
      .filter((a) => a.role === role)
      .map((a) => ({ unit: a.unit, task: a.task, props: { order: a.order, surface: a.surface, ...span(a.span) } }));

  return {
    documentId: id,
    document: {
      id,
      title: plan.document.title,
      region: plan.document.region,
      regionSource: plan.document.regionSource,
      year: plan.document.year,
      level: plan.document.level,
      taskNumbering: plan.document.layout.taskNumbering,
      numberingRestartsInSections: plan.document.layout.numberingRestartsInSections,
      divisionForms: plan.document.layout.divisionForms,
      conventions: plan.document.layout.conventions,
      sourceFile: plan.document.sourceFile,
      format: plan.document.format,
      encoding: plan.document.encoding,
      script: plan.document.script,
      // Neo4j keeps no lists of maps: the origins of a table's or PDF's lines travel as JSON.
      lineOrigins: JSON.stringify(plan.lineOrigins),
      contentHash: plan.document.contentHash,
      paragraphCount: plan.document.paragraphCount,
      planHash: planHash(plan),
      taskCount: plan.tasks.length,
    },
    sections: plan.sections.map((s) => ({ number: s.number, title: s.title, headingLost: s.title === null, ...span(s.span) })),
    tasks: plan.tasks.map((t) => ({
      ordinal: t.ordinal,
      number: t.number,
      numberInferred: t.numberInferred,
      label: t.label,
      leaders: t.leaders,
      deadline: t.deadline,
      sectionNumber: t.section,
      headline: t.headline,
      measures: t.measures,
      division: t.division,
      hasDivision: t.division !== null,
      ...span(t.span),
      ...span(t.headlineSpan, 'headline_'),
      ...span(t.measuresSpan, 'measures_'),
      ...span(t.divisionSpan, 'division_'),
    })),
    units: plan.units.map((u) => {
      const w = workloads.get(u.name)!;
      return {
        name: u.name,
        kind: u.kind,
        aliases: u.aliases,
        fullName: u.fullName,
        known: u.known,
        ledTasks: w.ledTasks,
        primaryLeads: w.primaryLeads,
        supportedTasks: w.supportedTasks,
        partners: w.partners,
        coordinationLoad: w.coordinationLoad,
        betweenness: w.betweenness,
      };
    }),
    leads: assignmentRows('lead'),
    supports: assignmentRows('support'),
    projects: plan.projects.map((p) => ({ name: p.name, kind: p.kind, aliases: p.aliases, taskCount: p.tasks.length })),
    mentions: plan.mentions.map((m) => ({
      task: m.task,
      project: m.project,
      props: { surface: m.surface, stage: m.stage, stageWords: m.stageWords, ...span(m.span) },
    })),
    findings: plan.findings.map((f, i) => ({
      ordinal: i + 1,
      task: f.task,
      props: { code: f.code, severity: f.severity, message: f.message, line: f.line, ordinal: i + 1 },
    })),
  };
}
