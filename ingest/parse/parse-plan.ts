/**
 * Plan text to the parsed plan: paragraphs → skeleton → numbered tasks → assignments and
 * projects, with a finding for everything the text leaves open. Pure: no I/O, no clock.
 * The result is built from typed values in the schema's own field order; the ParsedPlan
 * schema is run where a plan comes from outside (a JSON file, the database, a worker).
 */
import { describeLine, PARSED_PLAN_FORMAT, type ParsedPlan, type Finding, type LineOrigin, type ParagraphEntry, type SourceFormat, type Task } from '../model';
import { splitParagraphs } from './split-paragraphs';
import { normalizePunctuation } from './normalize-punctuation';
import { segmentPlan } from './segment-plan';
import { labelTasks } from './task-labels';
import { readConventions } from './read-conventions';
import { readLevel } from './read-level';
import { layoutOf } from './describe-layout';
import { buildUnitDictionary, withDocumentSpellings, withPlaces, type UnitDictionary } from './unit-dictionary';
import { buildProjectLexicon, type ProjectLexicon } from './project-lexicon';
import { readAssignments } from './read-assignments';
import { readProjects } from './read-projects';
import { buildTask } from './build-task';
import { mostCommonPrefix, sectionsOf } from './plan-sections';
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

/**
 * The shipped dictionaries and lexicon, built once when the parser is loaded (about 5 ms):
 * read-only data every parse shares, not a cache that changes. Extensions make a context of
 * their own (ingest/cli/load-parse-context.ts).
 */
const SHIPPED_CONTEXT: Readonly<ParseContext> = Object.freeze({ dictionary: buildUnitDictionary(), lexicon: buildProjectLexicon() });

export function defaultParseContext(): ParseContext {
  return SHIPPED_CONTEXT;
}

export function parsePlanText(source: PlanSource, context: ParseContext = defaultParseContext()): ParsedPlan {
  const normalised = normalizePunctuation(source.readingText ?? source.text);
  const origins = source.origins ?? [];
  const paragraphs = splitParagraphs(source.text);
  const skeleton = segmentPlan(paragraphs, normalised);
  const numbering = labelTasks(skeleton.blocks);
  const facts = readTitle(paragraphs, source.text, context.dictionary);
  const conventions = readConventions(normalised);
  const conventionSet = new Set(conventions.map((c) => c.convention));

  const sections = sectionsOf(skeleton.headings, skeleton.blocks);
  const unitPrefix = mostCommonPrefix(skeleton.blocks, context.dictionary);
  const { level, place } = readLevel(facts.title, unitPrefix);
  // The plan's own place names its own institutions (天河规划资源分局 in 天河区's plan).
  const ownPlaces = place ? withPlaces(context.dictionary, [place, place.replace(/[区县]$/, '')]) : context.dictionary;
  const dictionary = withDocumentSpellings(ownPlaces, normalised);
  const read = readAssignments(skeleton.blocks, {
    text: source.text,
    dictionary,
    defaultPrefix: level === 'national' ? null : unitPrefix,
    level,
    conventions: conventionSet,
  });
  const found = readProjects(skeleton.blocks, normalised, context.lexicon, (ordinal) => numbering.numbers[ordinal - 1] ?? null);
  const tasks: Task[] = skeleton.blocks.map((block, i) =>
    buildTask(block, i, read.divisions[i]!, found.byTask.get(block.ordinal) ?? [], { text: source.text, numbering, sections }),
  );

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
    divisionProblems: read.problems,
    units: [...read.units.values()],
    conventions: conventions.map((c) => ({ ...c, paragraph: paragraphs.find((p) => c.start >= p.start && c.start <= p.start + p.text.length) ?? null })),
    assumedReadings: read.assumedReadings,
    describeLine: (line) => describeLine(line, origins),
  });

  return {
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
    units: [...read.units.values()].map(({ firstSpan: _f, count: _c, ...unit }) => ({ ...unit, aliases: [...unit.aliases].sort() })),
    assignments: read.assignments,
    projects: found.projects,
    mentions: found.mentions,
    findings,
    paragraphs: paragraphEntries,
    lineOrigins: origins,
  };
}
