/**
 * The data-quality findings of a parse: what the document leaves open, each with its line,
 * worded for the researcher who has to decide whether to trust a number built on it.
 */
import type { Convention, Finding, Section, SourceSpan, Task, Unit } from '../model';
import type { Paragraph } from './split-paragraphs';
import type { SectionHeading, TaskBlock } from './segment-plan';
import type { TaskNumbering } from './number-tasks';

const CONVENTION_WORDS: Readonly<Record<Convention, string>> = {
  'first-listed-leads': 'the first unit listed leads (列第一位的为牵头单位)',
  'responsible-are-leads': 'where no lead is named, the responsible units lead (无牵头单位的，责任单位即为牵头单位)',
  'bold-leads': 'bold type marks the lead units (加粗的为牵头单位)',
};

export interface FindingInputs {
  tasks: readonly Task[];
  blocks: readonly TaskBlock[];
  numbering: TaskNumbering;
  sections: readonly Section[];
  headings: readonly SectionHeading[];
  unparsed: readonly Paragraph[];
  divisionProblems: ReadonlyArray<{ block: TaskBlock; problem: string }>;
  units: ReadonlyArray<Unit & { firstSpan: SourceSpan; count: number }>;
  conventions: ReadonlyArray<{ convention: Convention; start: number; end: number; paragraph: Paragraph | null }>;
  /** Blocks whose 责任单位 list was read as first-listed-leads although no notice says so. */
  assumedReadings: readonly TaskBlock[];
  /** How a reader finds a line in the file: its line number, or a table row or page. */
  describeLine: (line: number) => string;
}

const UNIT_LABELS = new Set(['mixed', 'lead', 'support', 'responsible']);
const hasUnits = (block: TaskBlock) => block.division?.parts.some((p) => UNIT_LABELS.has(p.label)) ?? false;

export function findingsFor(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => (line === null ? 'the notice' : input.describeLine(line));
  const label = (task: Task) => (task.label === null ? `task block ${task.ordinal}` : `task ${task.label}`);
  const lastLine = (block: TaskBlock) => block.paragraphs[block.paragraphs.length - 1]!.line;

  for (const [i, task] of input.tasks.entries()) {
    const block = input.blocks[i]!;
    if (!hasUnits(block)) {
      findings.push({
        code: 'task-without-division',
        severity: 'warning',
        message: `${at(lastLine(block))}: ${label(task)} has no division (no 部门分工 paragraph, 牵头单位/责任单位 line or division in parentheses) — it is kept without leads or supports, not filled from a neighbour`,
        line: lastLine(block),
        task: task.ordinal,
        span: task.span,
      });
    }
    if (!block.headline && block.measures.length === 0) {
      findings.push({
        code: 'division-without-task-text',
        severity: 'warning',
        message: `${at(block.paragraphs[0]!.line)}: ${label(task)} is a division with no headline or measures — the task text was lost; its assignments are kept`,
        line: block.paragraphs[0]!.line,
        task: task.ordinal,
        span: task.divisionSpan,
      });
    }
    if (task.numberInferred && task.number !== null) {
      findings.push({
        code: 'number-inferred',
        severity: 'info',
        message: `${at(block.paragraphs[0]!.line)}: task number ${task.number} inferred from the written numbers around it`,
        line: block.paragraphs[0]!.line,
        task: task.ordinal,
        span: null,
      });
    }
  }
  if (input.numbering.numberedByPosition) {
    findings.push({
      code: 'number-inferred',
      severity: 'warning',
      message: 'no task headline carries a number — tasks are numbered by their position in the document',
      line: null,
      task: null,
      span: null,
    });
  }
  for (const c of input.numbering.contradictions) {
    const from = input.blocks[c.fromBlock]!;
    const to = input.blocks[c.toBlock]!;
    const between = c.toBlock - c.fromBlock - 1;
    findings.push({
      code: 'number-contradiction',
      severity: 'error',
      message: `${at(from.paragraphs[0]!.line)} to ${at(to.paragraphs[0]!.line)}: ${between} task block(s) stand between task ${c.fromNumber} and task ${c.toNumber}, which leaves room for ${Math.max(0, c.toNumber - c.fromNumber - 1)} — their numbers are left unknown`,
      line: from.paragraphs[0]!.line,
      task: from.ordinal,
      span: null,
    });
  }
  const unplaced = input.tasks.filter((t) => t.section !== null && input.sections.find((s) => s.number === t.section)?.title === null);
  const lost = input.sections.find((s) => s.title === null);
  if (lost && unplaced.length > 0) {
    findings.push({
      code: 'section-heading-missing',
      severity: 'warning',
      message: `${at(unplaced[0]!.span.line)}: the heading of section ${lost.number} is missing; ${unplaced.length} task block(s) before the first heading are placed in it`,
      line: unplaced[0]!.span.line,
      task: unplaced[0]!.ordinal,
      span: null,
    });
  }
  for (let i = 1; i < input.headings.length; i++) {
    const prev = input.headings[i - 1]!;
    const next = input.headings[i]!;
    if (next.number !== prev.number + 1) {
      findings.push({
        code: 'section-number-gap',
        severity: 'warning',
        message: `${at(next.paragraph.line)}: section ${next.number} follows section ${prev.number}`,
        line: next.paragraph.line,
        task: null,
        span: null,
      });
    }
  }
  for (const p of input.unparsed) {
    findings.push({
      code: 'unparsed-paragraph',
      severity: 'warning',
      message: `${at(p.line)}: paragraph fits no rule of the plan (not a heading, task headline, 工作措施 or 部门分工) — left out of the graph: “${p.text.slice(0, 30)}${p.text.length > 30 ? '…' : ''}”`,
      line: p.line,
      task: null,
      span: { line: p.line, paragraph: p.index, start: p.start, end: p.start + p.text.length },
    });
  }
  for (const { block, problem } of input.divisionProblems) {
    const task = input.tasks[block.ordinal - 1]!;
    const line = block.division!.paragraphs[0]!.line;
    findings.push(
      problem === 'no-lead'
        ? {
            code: 'division-without-lead',
            severity: 'warning',
            message: `${at(line)}: the division of ${label(task)} names no 牵头 unit — leads unknown; its units are kept as supporting`,
            line,
            task: task.ordinal,
            span: task.divisionSpan,
          }
        : {
            code: 'division-without-role-word',
            severity: 'warning',
            message: `${at(line)}: part of the division of ${label(task)} has no role word (牵头/配合/负责) — those units are kept as supporting`,
            line,
            task: task.ordinal,
            span: task.divisionSpan,
          },
    );
  }
  for (const unit of input.units) {
    if (!unit.known) {
      findings.push({
        code: 'unit-not-in-dictionary',
        severity: 'warning',
        message: `${at(unit.firstSpan.line)}: unit “${unit.name}” (${unit.count} assignment${unit.count > 1 ? 's' : ''}) is not in the institution dictionaries — kept with kind ${unit.kind}; add it to a dictionary file to confirm its name and kind`,
        line: unit.firstSpan.line,
        task: null,
        span: unit.firstSpan,
      });
    }
    if (unit.kind === 'collective') {
      findings.push({
        code: 'collective-unit',
        severity: 'info',
        message: `${at(unit.firstSpan.line)}: “${unit.name}” stands for many units (${unit.count} assignment${unit.count > 1 ? 's' : ''}) — kept as one collective node, not as a department`,
        line: unit.firstSpan.line,
        task: null,
        span: unit.firstSpan,
      });
    }
  }
  const lastBlock = input.blocks[input.blocks.length - 1];
  if (lastBlock && lastBlock.measures.length > 0 && !lastBlock.division) {
    findings.push({
      code: 'document-ends-mid-task',
      severity: 'info',
      message: `${at(lastBlock.paragraphs[0]!.line)}: the document ends with a task that has measures but no division — the text may be cut off`,
      line: lastBlock.paragraphs[0]!.line,
      task: lastBlock.ordinal,
      span: null,
    });
  }
  findings.push(...conventionFindings(input));
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Conventions the notice announces, whether they could be applied, and readings assumed without one. */
function conventionFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => (line === null ? 'the notice' : input.describeLine(line));
  for (const c of input.conventions) {
    const line = c.paragraph?.line ?? null;
    const span = c.paragraph ? { line: c.paragraph.line, paragraph: c.paragraph.index, start: c.start, end: c.end } : null;
    findings.push(
      c.convention === 'bold-leads'
        ? {
            code: 'convention-not-applicable',
            severity: 'warning',
            message: `${at(line)}: the notice says ${CONVENTION_WORDS[c.convention]}, but plain text carries no bold — lead units of lists without 牵头 cannot be told apart and are read by the division words alone`,
            line,
            task: null,
            span,
          }
        : {
            code: 'convention-applied',
            severity: 'info',
            message: `${at(line)}: the notice says ${CONVENTION_WORDS[c.convention]} — applied to every division that names no lead`,
            line,
            task: null,
            span,
          },
    );
  }
  const assumed = input.assumedReadings;
  if (assumed.length > 0) {
    const first = assumed[0]!.division!.paragraphs[0]!;
    findings.push({
      code: 'convention-assumed',
      severity: 'warning',
      message: `${at(first.line)}: ${assumed.length} division(s) give only 责任单位 and the notice announces no convention — the first unit listed is taken as the lead; declare the plan's convention if it differs`,
      line: first.line,
      task: assumed[0]!.ordinal,
      span: null,
    });
  }
  return findings;
}
