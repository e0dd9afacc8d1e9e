/**
 * What the finding families read of a parse, and the words they share: how a line is named
 * (its number, or a table row or page) and how a task is named.
 */
import type { Convention, Section, SourceSpan, Task, Unit } from '../../model';
import type { Paragraph } from '../split-paragraphs';
import type { SectionHeading, TaskBlock } from '../segment-plan';
import type { TaskNumbering } from '../number-tasks';

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

/** Whether a block's division names any unit (leader and deadline lines alone do not). */
export const hasUnits = (block: TaskBlock): boolean => block.division?.parts.some((p) => UNIT_LABELS.has(p.label)) ?? false;

/** Where a finding points a reader: the notice when it has no line. */
export const placeOf = (input: FindingInputs, line: number | null): string => (line === null ? 'the notice' : input.describeLine(line));

/** A task as a finding names it. */
export const taskName = (task: Task): string => (task.label === null ? `task block ${task.ordinal}` : `task ${task.label}`);
