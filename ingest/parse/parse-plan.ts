/**
 * Plan text to the parsed plan: paragraphs → skeleton → numbered tasks → assignments and
 * projects, with a finding for everything the text leaves open. Pure: no I/O, no clock.
 * The result is validated against the ParsedPlan schema before it is returned.
 */
import {
  describeLine,
  ParsedPlan,
  type LineOrigin,
  type SourceFormat,
  PARSED_PLAN_FORMAT,
  type Assignment,
  type Finding,
  type ParagraphEntry,
  type Project,
  type ProjectMention,
  type Section,
  type SourceSpan,
  type Task,
  type Unit,
} from '../model';
import { splitParagraphs, type Paragraph } from './split-paragraphs';
import { normalizePunctuation } from './normalize-punctuation';
import { segmentPlan, type TaskBlock, type TextPiece } from './segment-plan';
import { labelTasks } from './task-labels';
import { readConventions } from './read-conventions';
import { readLevel } from './read-level';
import { layoutOf } from './describe-layout';
import { parseDivision } from './parse-division';
import { levelPrefixOf, resolveGroup, type ResolutionMemo, type ResolvedUnit } from './resolve-units';
import { buildUnitDictionary, withDocumentSpellings, withPlaces, type UnitDictionary } from './unit-dictionary';
import { buildProjectLexicon, type ProjectLexicon } from './project-lexicon';
import { extractProjectMentions, type RawProjectMention } from './extract-projects';
import { mergeProjects, projectKey } from './merge-projects';
import { readTitle } from './read-title';
import { findingsFor } from './plan-findings';

export interface PlanSource {
  /** Document id: the file name without extension. */
  id: string;
  sourceFile: string;
  contentHash: string;
  /** The text as the file has it (for tables and PDFs: as written out from them); spans point here. */
  text: string;
  /** The same text to read, character for character: a simplified conversion of a traditional copy. */
  readingText?: string;
  format?: SourceFormat;
  encoding?: string | null;
  /** Where each line of `text` stands in the file, for files that are not plain text. */
  origins?: LineOrigin[];
}

export interface ParseContext {
  dictionary: UnitDictionary;
  lexicon: ProjectLexicon;
}

let defaultContext: ParseContext | null = null;
export function defaultParseContext(): ParseContext {
  defaultContext ??= { dictionary: buildUnitDictionary(), lexicon: buildProjectLexicon() };
  return defaultContext;
}

export function parsePlanText(source: PlanSource, context: ParseContext = defaultParseContext()): ParsedPlan {
  const { lexicon } = context;
  const normalised = normalizePunctuation(source.readingText ?? source.text);
  const origins = source.origins ?? [];
  const paragraphs = splitParagraphs(source.text);
  const skeleton = segmentPlan(paragraphs, normalised);
  const numbering = labelTasks(skeleton.blocks);
  const facts = readTitle(paragraphs, source.text, context.dictionary);
  const conventions = readConventions(normalised);
  const conventionSet = new Set(conventions.map((c) => c.convention));

  const sections = sectionsOf(skeleton.headings, skeleton.blocks);
  const spanOf = (p: Paragraph, start: number, end: number): SourceSpan => ({ line: p.line, paragraph: p.index, start, end });
  const pieceSpan = (piece: TextPiece): SourceSpan => spanOf(piece.paragraph, piece.start, piece.start + piece.text.length);

  const unitPrefix = mostCommonPrefix(skeleton.blocks, context.dictionary);
  const { level, place } = readLevel(facts.title, unitPrefix);
  const ownPlaces = place ? withPlaces(context.dictionary, [place, place.replace(/[区县]$/, '')]) : context.dictionary;
  const dictionary = withDocumentSpellings(ownPlaces, normalised);
  const defaultPrefix = level === 'national' ? null : unitPrefix;
  const tasks: Task[] = [];
  const assignments: Assignment[] = [];
  const units = new Map<string, Unit & { firstSpan: SourceSpan; count: number }>();
  const rawMentions: Array<RawProjectMention & { task: number; paragraph: Paragraph }> = [];
  const divisionProblems: Array<{ block: TaskBlock; problem: string }> = [];
  const assumedReadings: TaskBlock[] = [];
  const resolutions: ResolutionMemo = new Map();

  for (const [i, block] of skeleton.blocks.entries()) {
    const leads: string[] = [];
    const supports: string[] = [];
    // A unit named twice in one division keeps its first role and place.
    const named = new Set<string>();
    const division = block.division;
    const parsed = division ? parseDivision(division.parts, conventionSet) : null;
    if (division && parsed) {
      for (const problem of parsed.problems) divisionProblems.push({ block, problem });
      if (parsed.responsibleReading === 'first-listed-leads-assumed') assumedReadings.push(block);
      const paragraphAt = (offset: number) =>
        division.paragraphs.find((p) => offset >= p.start && offset <= p.start + p.text.length) ?? division.paragraphs[0]!;
      for (const [role, groups, names] of [
        ['lead', parsed.leads, leads],
        ['support', parsed.supports, supports],
      ] as const) {
        for (const group of groups) {
          const own = new Set(group.tokens);
          for (const { token, unit } of resolveGroup(group.written, dictionary, defaultPrefix, resolutions, level)) {
            if (!own.has(token) || named.has(unit.name)) continue;
            named.add(unit.name);
            names.push(unit.name);
            const span = spanOf(paragraphAt(token.start), token.start, token.end);
            assignments.push({ task: block.ordinal, unit: unit.name, role, order: names.length, surface: source.text.slice(token.start, token.end), span });
            recordUnit(units, unit, span);
          }
        }
      }
    }
    // Projects are named in the headline as well as the measures, never in the division.
    for (const piece of [block.headline, ...block.measures]) {
      if (!piece) continue;
      for (const m of extractProjectMentions(normalised.slice(piece.start, piece.bodyEnd), piece.start, lexicon)) {
        rawMentions.push({ ...m, task: block.ordinal, paragraph: piece.paragraph });
      }
    }
    const first = block.paragraphs[0]!;
    const last = block.paragraphs[block.paragraphs.length - 1]!;
    const unitParts = division?.parts.filter((part) => part.label !== 'leaders' && part.label !== 'deadline') ?? [];
    const firstPart = unitParts[0];
    const lastPart = unitParts[unitParts.length - 1];
    const firstMeasure = block.measures[0];
    const lastMeasure = block.measures[block.measures.length - 1];
    tasks.push({
      ordinal: block.ordinal,
      number: numbering.numbers[i] ?? null,
      numberInferred: numbering.inferred[i] ?? true,
      label: numbering.labels[i] ?? null,
      section: sectionOfBlock(block, sections),
      headline: block.headline?.text ?? null,
      measures: firstMeasure && lastMeasure ? source.text.slice(firstMeasure.start, lastMeasure.start + lastMeasure.text.length) : null,
      division: division ? division.parts.map((part) => source.text.slice(part.start, part.start + part.text.length)).join('\n') : null,
      leads,
      supports,
      leaders: [...new Set(parsed?.leaders.map((t) => source.text.slice(t.start, t.end)) ?? [])],
      deadline: parsed?.deadline ? source.text.slice(parsed.deadline.start, parsed.deadline.end) : null,
      projects: [],
      span: spanOf(first, first.start, last.start + last.text.length),
      headlineSpan: block.headline ? pieceSpan(block.headline) : null,
      measuresSpan: firstMeasure && lastMeasure ? spanOf(firstMeasure.paragraph, firstMeasure.start, lastMeasure.start + lastMeasure.text.length) : null,
      divisionSpan:
        firstPart && lastPart && division
          ? spanOf(division.paragraphs.find((p) => firstPart.start >= p.start && firstPart.start <= p.start + p.text.length) ?? division.paragraphs[0]!, firstPart.start, lastPart.start + lastPart.text.length)
          : null,
    });
  }

  const merged = mergeProjects(rawMentions);
  const mentions: ProjectMention[] = rawMentions.map((m) => ({
    task: m.task,
    project: merged.get(projectKey(m.name))!.name,
    surface: m.name,
    stageWords: m.stageWords,
    stage: m.stage,
    span: spanOf(m.paragraph, m.start, m.end),
  }));
  const tasksOfProject = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (!tasksOfProject.has(m.project)) tasksOfProject.set(m.project, new Set());
    tasksOfProject.get(m.project)!.add(m.task);
    const task = tasks[m.task - 1]!;
    if (!task.projects.includes(m.project)) task.projects.push(m.project);
  }
  const projects: Project[] = [...merged.values()].map((p) => {
    const taskOrdinals = [...tasksOfProject.get(p.name)!].sort((a, b) => a - b);
    return { name: p.name, kind: p.kind, aliases: p.aliases, tasks: taskOrdinals, taskNumbers: taskOrdinals.map((o) => tasks[o - 1]!.number) };
  });

  const paragraphEntries: ParagraphEntry[] = paragraphs.map((p) => {
    const role = skeleton.roles.get(p.index)!;
    const isTitle = p.index === 1 && facts.firstParagraphIsTitle;
    return { paragraph: p.index, line: p.line, role: isTitle ? 'title' : role.role, task: role.task };
  });

  const findings: Finding[] = findingsFor({
    tasks,
    blocks: skeleton.blocks,
    numbering,
    sections,
    headings: skeleton.headings,
    unparsed: skeleton.unparsed,
    divisionProblems,
    units: [...units.values()],
    conventions: conventions.map((c) => ({ ...c, paragraph: paragraphs.find((p) => c.start >= p.start && c.start <= p.start + p.text.length) ?? null })),
    assumedReadings,
    describeLine: (line) => describeLine(line, origins),
  });

  return ParsedPlan.parse({
    format: PARSED_PLAN_FORMAT,
    document: {
      id: source.id,
      title: facts.title,
      region: place ?? facts.region,
      regionSource: place ? 'title' : facts.regionSource,
      year: facts.year,
      level,
      layout: layoutOf(skeleton.blocks, numbering.restartsInSections, conventions.map((c) => c.convention)),
      sourceFile: source.sourceFile,
      format: source.format ?? 'text',
      encoding: source.encoding ?? null,
      script: source.readingText !== undefined && source.readingText !== source.text ? 'traditional' : 'simplified',
      contentHash: source.contentHash,
      paragraphCount: paragraphs.length,
    },
    sections,
    tasks,
    units: [...units.values()].map(({ firstSpan: _f, count: _c, ...unit }) => ({ ...unit, aliases: [...unit.aliases].sort() })),
    assignments,
    projects,
    mentions,
    findings,
    paragraphs: paragraphEntries,
    lineOrigins: origins,
  });
}

function recordUnit(units: Map<string, Unit & { firstSpan: SourceSpan; count: number }>, unit: ResolvedUnit, span: SourceSpan): void {
  const existing = units.get(unit.name);
  if (existing) {
    existing.count += 1;
    for (const s of unit.spellings) if (!existing.aliases.includes(s)) existing.aliases.push(s);
    return;
  }
  const aliases = [...new Set([unit.name, ...unit.spellings])];
  units.set(unit.name, { name: unit.name, kind: unit.kind, aliases, fullName: unit.fullName, known: unit.known, firstSpan: span, count: 1 });
}

/** Sections from headings; tasks before the first heading n > 1 sit in section n-1, heading lost. */
function sectionsOf(headings: ReturnType<typeof segmentPlan>['headings'], blocks: readonly TaskBlock[]): Section[] {
  const sections: Section[] = headings.map((h) => ({
    number: h.number,
    title: h.title,
    span: { line: h.paragraph.line, paragraph: h.paragraph.index, start: h.paragraph.start, end: h.paragraph.start + h.paragraph.text.length },
  }));
  const first = headings[0];
  if (first && first.number > 1 && blocks.some((b) => b.section === null)) {
    sections.unshift({ number: first.number - 1, title: null, span: null });
  }
  return sections;
}

function sectionOfBlock(block: TaskBlock, sections: readonly Section[]): number | null {
  if (block.section !== null) return block.section;
  const lost = sections.find((s) => s.title === null);
  return lost ? lost.number : null;
}

/** The level prefix most division groups open with (省 in a provincial plan). */
function mostCommonPrefix(blocks: readonly TaskBlock[], dict: UnitDictionary): string | null {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const part of block.division?.parts ?? []) {
      if (part.label === 'leaders' || part.label === 'deadline') continue;
      for (const m of part.text.matchAll(/(?:^|[,;、])([^,;、]+)/g)) {
        const prefix = levelPrefixOf(m[1]!, dict);
        if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  for (const [prefix, count] of counts) if (best === null || count > counts.get(best)!) best = prefix;
  return best;
}
