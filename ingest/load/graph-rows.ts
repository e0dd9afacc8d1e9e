/**
 * The parsed plan as rows for the UNWIND statements of cypher/load-plan.cypher (graphRows),
 * and what is computed from the whole plan rather than read off it — the plan hash and the
 * units' metrics (planFigures), which the loader sends last so that computing them overlaps
 * with the database writing the tasks. Pure: the same plan always gives the same rows. A node
 * is named by its own name or number; the statements pair it with the document id, so
 * plans never share a node.
 */
import { createHash } from 'node:crypto';
import type { ParsedPlan, SourceSpan } from '../model';
import { taskTeams } from '../metrics/task-teams';
import { coOwnership } from '../metrics/co-ownership';
import { unitWorkloads } from '../metrics/workload';
import type { GivenFact } from '../corpus/given-facts';
import { identityContext, identityScope, unitIdentities, type IdentityContext, type UnitIdentity } from '../corpus/unit-identity';
import { keyedBetweenness, keyOf } from '../corpus/keyed-workloads';

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
  /** The units' identities and functions (unitIdentities): what planFigures takes. */
  identities: UnitIdentity[];
}

/** The plan hash, and the metrics of each unit in the order of GraphRows.units. */
export interface PlanFigures {
  planHash: string;
  units: Row[];
}

const span = (s: SourceSpan | null, prefix = '') =>
  s
    ? { [`${prefix}line`]: s.line, [`${prefix}paragraph`]: s.paragraph, [`${prefix}start`]: s.start, [`${prefix}end`]: s.end }
    : { [`${prefix}line`]: null, [`${prefix}paragraph`]: null, [`${prefix}start`]: null, [`${prefix}end`]: null };

/** What is written beside the parsed plan. */
export interface RowOptions {
  /** Document facts given on the command line in place of those read (ingest/corpus/given-facts.ts). */
  given?: readonly GivenFact[];
  /** Renamings and functions that give units their identity and function; the shipped ones by default. */
  identity?: IdentityContext;
}

/**
 * The way a plan is laid out in the graph (load-plan.cypher). Part of the plan hash, so a
 * document stored the old way is written again the new way on its next load.
 * 2: a relationship leaves out the surface and place it shares with its unit and task.
 */
const STORED_LAYOUT = '2';

/** Hash of the parsed plan and what is written beside it: loading an identical parse again is a no-op. */
export function planHash(plan: ParsedPlan, options: RowOptions = {}, identities: readonly UnitIdentity[] = unitIdentities(plan, options.identity ?? identityContext())): string {
  const given = options.given ?? [];
  // Identities and functions are written with the plan: a changed renaming or function reloads it.
  return createHash('sha256')
    .update(STORED_LAYOUT)
    .update(JSON.stringify(plan))
    .update(given.length > 0 ? JSON.stringify(given) : '')
    .update(JSON.stringify(identities))
    .digest('hex');
}

export function graphRows(plan: ParsedPlan, options: RowOptions = {}): GraphRows {
  const id = plan.document.id;
  const identities = unitIdentities(plan, options.identity ?? identityContext());
  const identityOf = new Map<string, UnitIdentity>(identities.map((i) => [i.unit, i]));

  const assignmentRows = (role: 'lead' | 'support') =>
    firstOf(plan.assignments.filter((a) => a.role === role), (a) => `${a.task}\u0000${a.unit}`)
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
      // What the parser made of each paragraph travels the same way, so the plan read back is whole.
      paragraphs: JSON.stringify(plan.paragraphs),
      contentHash: plan.document.contentHash,
      paragraphCount: plan.document.paragraphCount,
      identityScope: identityScope(plan.document),
      // Counted once here so that listing a corpus of hundreds of plans reads one node per plan.
      unitCount: plan.units.length,
      assignmentCount: plan.assignments.length,
      findingCount: plan.findings.length,
      unitsWithoutFunction: identities.filter((i) => i.function === null).length,
      taskCount: plan.tasks.length,
      // Provenance of region, year and level: those given on the command line, and what had been read.
      givenFacts: (options.given ?? []).map((g) => g.fact),
      readFacts: JSON.stringify(Object.fromEntries((options.given ?? []).map((g) => [g.fact, g.read]))),
    },
    sections: firstOf(plan.sections, (s) => String(s.number)).map((s) => ({ number: s.number, title: s.title, headingLost: s.title === null, ...span(s.span) })),
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
    units: plan.units.map((u, i) => {
      const identity = identityOf.get(u.name)!;
      return {
        // The parser's order, so that the plan read back lists its units as it was written.
        ordinal: i + 1,
        name: u.name,
        kind: u.kind,
        aliases: u.aliases,
        fullName: u.fullName,
        known: u.known,
        identity: identity.identity,
        identityName: identity.identityName,
        function: identity.function,
      };
    }),
    leads: assignmentRows('lead'),
    supports: assignmentRows('support'),
    projects: plan.projects.map((p, i) => ({ ordinal: i + 1, name: p.name, kind: p.kind, aliases: p.aliases, taskCount: p.tasks.length })),
    mentions: firstOf(plan.mentions, (m) => `${m.task}\u0000${m.project}\u0000${m.span.start}`).map((m) => ({
      task: m.task,
      project: m.project,
      props: { surface: m.surface, stage: m.stage, stageWords: m.stageWords, ...span(m.span) },
    })),
    findings: plan.findings.map((f, i) => ({
      ordinal: i + 1,
      task: f.task,
      props: { code: f.code, severity: f.severity, message: f.message, line: f.line, ordinal: i + 1, ...span(f.span, 'span_') },
    })),
    identities,
  };
}

/**
 * The plan hash and each unit's workload metrics, in the order of GraphRows.units.
 * `identities`: GraphRows.identities of the same plan and options; `hash`, when the caller
 * has already computed it.
 */
export function planFigures(plan: ParsedPlan, options: RowOptions, identities: readonly UnitIdentity[], hash?: string): PlanFigures {
  const teams = taskTeams(plan);
  const pairs = coOwnership(teams);
  const workloads = new Map(unitWorkloads(plan.units.map((u) => u.name), teams, pairs).map((w) => [w.unit, w]));
  // Betweenness of a unit's identity and function on the plan's network joined by them: the
  // compare queries count tasks in Cypher, but centrality needs the whole joined network.
  const byIdentity = keyedBetweenness(plan, identities, 'identity', workloads);
  const byFunction = keyedBetweenness(plan, identities, 'function', workloads);
  const identityOf = new Map(identities.map((i) => [i.unit, i]));
  return {
    planHash: hash ?? planHash(plan, options, identities),
    units: plan.units.map((unit) => {
      const identity = identityOf.get(unit.name)!;
      const w = workloads.get(unit.name)!;
      return {
        ledTasks: w.ledTasks,
        primaryLeads: w.primaryLeads,
        supportedTasks: w.supportedTasks,
        partners: w.partners,
        coordinationLoad: w.coordinationLoad,
        betweenness: w.betweenness,
        identityBetweenness: byIdentity.get(identity.identity)!,
        functionBetweenness: byFunction.get(keyOf(identity, 'function'))!,
      };
    }),
  };
}

/**
 * The first of each group of items with the same key. The load statements create every node
 * and relationship (nothing of the document is left when they run), so a section number the
 * plan repeats, or the same assignment or mention twice, becomes one of each, as MERGE made it.
 */
function firstOf<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
