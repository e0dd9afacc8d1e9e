/**
 * Plan text to the parsed plan: paragraphs → skeleton → numbered tasks → assignments and
 * projects, with a finding for everything the text leaves open. Pure: no I/O, no clock.
 * The result is validated against the ParsedPlan schema before it is returned.
 */
import {
  ParsedPlan,
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
import { segmentPlan, type TaskBlock } from './segment-plan';
import { numberTasks } from './number-tasks';
import { parseDivision } from './parse-division';
import { levelPrefixOf, resolveGroup, type ResolutionMemo, type ResolvedUnit } from './resolve-units';
import { buildUnitDictionary, type UnitDictionary } from './unit-dictionary';
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
  text: string;
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
  const { dictionary, lexicon } = context;
  const normalised = normalizePunctuation(source.text);
  const paragraphs = splitParagraphs(source.text);
  const skeleton = segmentPlan(paragraphs, normalised);
  const numbering = numberTasks(skeleton.blocks.map((b) => b.writtenNumber));
  const facts = readTitle(paragraphs, source.text, dictionary);

  const sections = sectionsOf(skeleton.headings, skeleton.blocks);
  const spanOf = (p: Paragraph, start: number, end: number): SourceSpan => ({ line: p.line, paragraph: p.index, start, end });

  const defaultPrefix = mostCommonPrefix(skeleton.blocks, dictionary);
  const tasks: Task[] = [];
  const assignments: Assignment[] = [];
  const units = new Map<string, Unit & { firstSpan: SourceSpan; count: number }>();
  const rawMentions: Array<RawProjectMention & { task: number; paragraph: Paragraph }> = [];
  const divisionProblems: Array<{ block: TaskBlock; problem: string }> = [];
  const resolutions: ResolutionMemo = new Map();

  for (const [i, block] of skeleton.blocks.entries()) {
    const leads: string[] = [];
    const supports: string[] = [];
    if (block.division) {
      const parsed = parseDivision(block.division.parts);
      for (const problem of parsed.problems) divisionProblems.push({ block, problem });
      const paragraphAt = (offset: number) =>
        block.division!.paragraphs.find((p) => offset >= p.start && offset <= p.start + p.text.length) ?? block.division!.paragraphs[0]!;
      for (const [role, groups, names] of [
        ['lead', parsed.leads, leads],
        ['support', parsed.supports, supports],
      ] as const) {
        for (const group of groups) {
          for (const { token, unit } of resolveGroup(group, dictionary, defaultPrefix, resolutions)) {
            if (names.includes(unit.name)) continue;
            names.push(unit.name);
            const span = spanOf(paragraphAt(token.start), token.start, token.end);
            assignments.push({ task: block.ordinal, unit: unit.name, role, order: names.length, surface: source.text.slice(token.start, token.end), span });
            recordUnit(units, unit, span);
          }
        }
      }
    }
    // Projects are named in the headline as well as the measures; a division written as a
    // trailing parenthesis of either is cut off first.
    for (const piece of [block.headline, block.measures]) {
      if (!piece) continue;
      const embedded = block.division?.paragraphs[0] === piece.paragraph ? block.division.parts[0]!.start - 1 : null;
      const end = embedded ?? piece.start + piece.text.length;
      for (const m of extractProjectMentions(normalised.slice(piece.start, end), piece.start, lexicon)) {
        rawMentions.push({ ...m, task: block.ordinal, paragraph: piece.paragraph });
      }
    }
    const first = block.paragraphs[0]!;
    const last = block.paragraphs[block.paragraphs.length - 1]!;
    const divisionText = block.division ? block.division.parts.map((part) => source.text.slice(part.start, part.start + part.text.length)).join('\n') : null;
    const firstPart = block.division?.parts[0];
    const lastPart = block.division?.parts[block.division.parts.length - 1];
    tasks.push({
      ordinal: block.ordinal,
      number: numbering.numbers[i] ?? null,
      numberInferred: numbering.inferred[i] ?? true,
      section: sectionOfBlock(block, sections),
      headline: block.headline?.text ?? null,
      measures: block.measures?.text ?? null,
      division: divisionText,
      leads,
      supports,
      projects: [],
      span: spanOf(first, first.start, last.start + last.text.length),
      headlineSpan: block.headline ? spanOf(block.headline.paragraph, block.headline.start, block.headline.start + block.headline.text.length) : null,
      measuresSpan: block.measures ? spanOf(block.measures.paragraph, block.measures.start, block.measures.start + block.measures.text.length) : null,
      divisionSpan:
        firstPart && lastPart && block.division
          ? spanOf(block.division.paragraphs[0]!, firstPart.start, lastPart.start + lastPart.text.length)
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
  });

  return ParsedPlan.parse({
    format: PARSED_PLAN_FORMAT,
    document: {
      id: source.id,
      title: facts.title,
      region: facts.region,
      regionSource: facts.regionSource,
      year: facts.year,
      sourceFile: source.sourceFile,
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
