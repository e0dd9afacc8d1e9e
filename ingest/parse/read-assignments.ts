/**
 * The divisions of a plan's task blocks to ordered assignments: each division read by its
 * grammar (parse-division.ts), each unit named resolved to its canonical unit, each
 * assignment with the characters it was read from. Also what the divisions leave open:
 * problems of the grammar and 责任单位 lists read by an assumed convention.
 */
import type { Assignment, Convention, PlanLevel, SourceSpan, Unit } from '../model';
import type { Paragraph } from './split-paragraphs';
import type { TaskBlock } from './segment-plan';
import { parseDivision } from './parse-division';
import { resolveGroup, type ResolutionMemo, type ResolvedUnit } from './resolve-units';
import type { UnitDictionary } from './unit-dictionary';

/** A unit with where it is first named and how often. */
export type CountedUnit = Unit & { firstSpan: SourceSpan; count: number };

export interface BlockDivision {
  leads: string[];
  supports: string[];
  /** Leaders and deadline as written in the document. */
  leaders: string[];
  deadline: string | null;
}

export interface PlanAssignments {
  /** Per task block, in block order. */
  divisions: BlockDivision[];
  assignments: Assignment[];
  units: Map<string, CountedUnit>;
  problems: Array<{ block: TaskBlock; problem: string }>;
  /** Blocks whose 责任单位 list was read as first-listed-leads although no notice says so. */
  assumedReadings: TaskBlock[];
}

export interface AssignmentContext {
  /** The document's text as written: surfaces and spans point here. */
  text: string;
  dictionary: UnitDictionary;
  defaultPrefix: string | null;
  level: PlanLevel | null;
  conventions: ReadonlySet<Convention>;
}

export function readAssignments(blocks: readonly TaskBlock[], context: AssignmentContext): PlanAssignments {
  const result: PlanAssignments = { divisions: [], assignments: [], units: new Map(), problems: [], assumedReadings: [] };
  // A plan names the same units again and again: each spelling is resolved once per parse.
  const resolutions: ResolutionMemo = new Map();
  for (const block of blocks) {
    const own: BlockDivision = { leads: [], supports: [], leaders: [], deadline: null };
    result.divisions.push(own);
    const division = block.division;
    if (!division) continue;
    const parsed = parseDivision(division.parts, context.conventions);
    for (const problem of parsed.problems) result.problems.push({ block, problem });
    if (parsed.responsibleReading === 'first-listed-leads-assumed') result.assumedReadings.push(block);
    own.leaders = [...new Set(parsed.leaders.map((t) => context.text.slice(t.start, t.end)))];
    own.deadline = parsed.deadline ? context.text.slice(parsed.deadline.start, parsed.deadline.end) : null;
    const paragraphAt = (offset: number): Paragraph =>
      division.paragraphs.find((p) => offset >= p.start && offset <= p.start + p.text.length) ?? division.paragraphs[0]!;
    // A unit named twice in one division keeps its first role and place.
    const named = new Set<string>();
    for (const [role, groups, names] of [
      ['lead', parsed.leads, own.leads],
      ['support', parsed.supports, own.supports],
    ] as const) {
      for (const group of groups) {
        // Most groups are read whole (tokens and written are one list): no set to look in.
        const tokens = group.tokens === group.written ? null : new Set(group.tokens);
        for (const { token, unit } of resolveGroup(group.written, context.dictionary, context.defaultPrefix, resolutions, context.level)) {
          if ((tokens !== null && !tokens.has(token)) || named.has(unit.name)) continue;
          named.add(unit.name);
          names.push(unit.name);
          const p = paragraphAt(token.start);
          const span: SourceSpan = { line: p.line, paragraph: p.index, start: token.start, end: token.end };
          result.assignments.push({ task: block.ordinal, unit: unit.name, role, order: names.length, surface: context.text.slice(token.start, token.end), span });
          recordUnit(result.units, unit, span);
        }
      }
    }
  }
  return result;
}

function recordUnit(units: Map<string, CountedUnit>, unit: ResolvedUnit, span: SourceSpan): void {
  const existing = units.get(unit.name);
  if (existing) {
    existing.count += 1;
    for (const s of unit.spellings) if (!existing.aliases.includes(s)) existing.aliases.push(s);
    return;
  }
  const aliases = [...new Set([unit.name, ...unit.spellings])];
  units.set(unit.name, { name: unit.name, kind: unit.kind, aliases, fullName: unit.fullName, known: unit.known, firstSpan: span, count: 1 });
}
