/**
 * One task of the parsed plan from its block: its number and label, its section, its text
 * as written (headline, measures, division), its assignments' unit names, leaders and
 * deadline, and the spans of each part in the document.
 */
import type { Section, SourceSpan, Task } from '../model';
import type { Paragraph } from './split-paragraphs';
import type { TaskBlock, TextPiece } from './segment-plan';
import type { TaskLabels } from './task-labels';
import type { BlockDivision } from './read-assignments';
import { sectionOfBlock } from './plan-sections';

const spanOf = (p: Paragraph, start: number, end: number): SourceSpan => ({ line: p.line, paragraph: p.index, start, end });
const pieceSpan = (piece: TextPiece): SourceSpan => spanOf(piece.paragraph, piece.start, piece.start + piece.text.length);

export interface TaskInputs {
  /** The document's text as written: the task's texts are cut from it. */
  text: string;
  numbering: TaskLabels;
  sections: readonly Section[];
}

export function buildTask(block: TaskBlock, index: number, division: BlockDivision, projects: readonly string[], inputs: TaskInputs): Task {
  const { text, numbering } = inputs;
  const first = block.paragraphs[0]!;
  const last = block.paragraphs[block.paragraphs.length - 1]!;
  const parts = block.division?.parts ?? [];
  const unitParts = parts.filter((part) => part.label !== 'leaders' && part.label !== 'deadline');
  const firstPart = unitParts[0];
  const lastPart = unitParts[unitParts.length - 1];
  const firstMeasure = block.measures[0];
  const lastMeasure = block.measures[block.measures.length - 1];
  const divisionParagraph = firstPart
    ? (block.division!.paragraphs.find((p) => firstPart.start >= p.start && firstPart.start <= p.start + p.text.length) ?? block.division!.paragraphs[0]!)
    : null;
  return {
    ordinal: block.ordinal,
    number: numbering.numbers[index] ?? null,
    numberInferred: numbering.inferred[index] ?? true,
    label: numbering.labels[index] ?? null,
    section: sectionOfBlock(block, inputs.sections),
    headline: block.headline?.text ?? null,
    // Measures over several lines are the document's characters from the first to the last.
    measures: firstMeasure && lastMeasure ? text.slice(firstMeasure.start, lastMeasure.start + lastMeasure.text.length) : null,
    division: block.division ? parts.map((part) => text.slice(part.start, part.start + part.text.length)).join('\n') : null,
    leads: division.leads,
    supports: division.supports,
    leaders: division.leaders,
    deadline: division.deadline,
    projects: [...projects],
    span: spanOf(first, first.start, last.start + last.text.length),
    headlineSpan: block.headline ? pieceSpan(block.headline) : null,
    measuresSpan: firstMeasure && lastMeasure ? spanOf(firstMeasure.paragraph, firstMeasure.start, lastMeasure.start + lastMeasure.text.length) : null,
    divisionSpan: firstPart && lastPart && divisionParagraph ? spanOf(divisionParagraph, firstPart.start, lastPart.start + lastPart.text.length) : null,
  };
}
