/**
 * The parsed plan as rows for the UNWIND statements of cypher/load-plan.cypher, with the
 * unit metrics computed on the way. Pure: the same plan always gives the same rows. Keys
 * are scoped by document so that plans never share a node.
 */
import { createHash } from 'node:crypto';
import type { ParsedPlan, SourceSpan } from '../model';
import { taskTeams } from '../metrics/task-teams';
import { coOwnership } from '../metrics/co-ownership';
import { unitWorkloads } from '../metrics/workload';

type Row = Record<string, string | number | boolean | null | string[]>;

export interface GraphRows {
  document: Row;
  sections: Row[];
  tasks: Row[];
  units: Row[];
  leads: Array<{ unit: string; task: string; props: Row }>;
  supports: Array<{ unit: string; task: string; props: Row }>;
  projects: Row[];
  mentions: Array<{ task: string; project: string; props: Row }>;
  findings: Array<{ key: string; task: string | null; props: Row }>;
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
  const taskKey = (ordinal: number) => `${id}/task/${ordinal}`;
  const unitKey = (name: string) => `${id}/unit/${name}`;
  const projectKey = (name: string) => `${id}/project/${name}`;
  const sectionKey = (n: number) => `${id}/section/${n}`;

  const teams = taskTeams(plan);
  const pairs = coOwnership(teams);
  const workloads = new Map(unitWorkloads(plan.units.map((u) => u.name), teams, pairs).map((w) => [w.unit, w]));

  const assignmentRows = (role: 'lead' | 'support') =>
    plan.assignments
      .filter((a) => a.role === role)
      .map((a) => ({ unit: unitKey(a.unit), task: taskKey(a.task), props: { order: a.order, surface: a.surface, ...span(a.span) } }));

  return {
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
    sections: plan.sections.map((s) => ({ key: sectionKey(s.number), number: s.number, title: s.title, headingLost: s.title === null, ...span(s.span) })),
    tasks: plan.tasks.map((t) => ({
      key: taskKey(t.ordinal),
      ordinal: t.ordinal,
      number: t.number,
      numberInferred: t.numberInferred,
      label: t.label,
      leaders: t.leaders,
      deadline: t.deadline,
      section: t.section === null ? null : sectionKey(t.section),
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
        key: unitKey(u.name),
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
    projects: plan.projects.map((p) => ({ key: projectKey(p.name), name: p.name, kind: p.kind, aliases: p.aliases, taskCount: p.tasks.length })),
    mentions: plan.mentions.map((m) => ({
      task: taskKey(m.task),
      project: projectKey(m.project),
      props: { surface: m.surface, stage: m.stage, stageWords: m.stageWords, ...span(m.span) },
    })),
    findings: plan.findings.map((f, i) => ({
      key: `${id}/finding/${i + 1}`,
      task: f.task === null ? null : taskKey(f.task),
      props: { code: f.code, severity: f.severity, message: f.message, line: f.line, ordinal: i + 1 },
    })),
  };
}
