/**
 * Paragraphs to the plan's skeleton: the preamble (title, cover letter, introduction),
 * the sections, and task blocks. A task block is an optional numbered headline, an optional
 * measures paragraph and an optional division, in that order; whatever follows starts the
 * next block. A missing division stays missing: it is never borrowed from a neighbour.
 */
import type { Paragraph } from './split-paragraphs';
import { classifyParagraph, type DivisionPart } from './classify-paragraph';
import type { ParagraphRole } from '../model';

export interface TextPiece {
  paragraph: Paragraph;
  text: string;
  /** Offset of `text` in the document. */
  start: number;
}

export interface TaskBlock {
  ordinal: number;
  section: number | null;
  writtenNumber: number | null;
  headline: TextPiece | null;
  measures: TextPiece | null;
  division: { parts: DivisionPart[]; paragraphs: Paragraph[] } | null;
  paragraphs: Paragraph[];
}

export interface SectionHeading {
  number: number;
  title: string;
  paragraph: Paragraph;
}

export interface PlanSkeleton {
  preamble: Paragraph[];
  headings: SectionHeading[];
  blocks: TaskBlock[];
  roles: Map<number, { role: ParagraphRole; task: number | null }>;
  unparsed: Paragraph[];
}

export function segmentPlan(paragraphs: readonly Paragraph[], normalised: string): PlanSkeleton {
  const preamble: Paragraph[] = [];
  const headings: SectionHeading[] = [];
  const blocks: TaskBlock[] = [];
  const roles = new Map<number, { role: ParagraphRole; task: number | null }>();
  const unparsed: Paragraph[] = [];
  let section: number | null = null;
  let current: TaskBlock | null = null;

  const open = (): TaskBlock => {
    current = {
      ordinal: blocks.length + 1,
      section,
      writtenNumber: null,
      headline: null,
      measures: null,
      division: null,
      paragraphs: [],
    };
    blocks.push(current);
    return current;
  };
  const assign = (block: TaskBlock, p: Paragraph, role: ParagraphRole) => {
    block.paragraphs.push(p);
    roles.set(p.index, { role, task: block.ordinal });
  };

  for (const p of paragraphs) {
    const text = normalised.slice(p.start, p.start + p.text.length);
    const shape = classifyParagraph(text, p.start);
    switch (shape.kind) {
      case 'section-heading': {
        headings.push({ number: shape.number, title: shape.title, paragraph: p });
        section = shape.number;
        current = null;
        roles.set(p.index, { role: 'section-heading', task: null });
        break;
      }
      case 'task-headline': {
        const block = open();
        block.writtenNumber = shape.number;
        block.headline = { paragraph: p, text: p.text.slice(p.text.length - shape.text.length), start: shape.textStart };
        if (shape.division) block.division = { parts: [shape.division], paragraphs: [p] };
        assign(block, p, 'task-headline');
        break;
      }
      case 'measures': {
        const c = current as TaskBlock | null;
        const block = c && !c.measures && !c.division ? c : open();
        block.measures = { paragraph: p, text: p.text.slice(p.text.length - shape.text.length), start: shape.textStart };
        if (shape.division) block.division = { parts: [shape.division], paragraphs: [p] };
        assign(block, p, 'measures');
        break;
      }
      case 'division': {
        const c = current as TaskBlock | null;
        if (c && c.division && continuesDivision(c.division.parts, shape.parts)) {
          c.division.parts.push(...shape.parts);
          c.division.paragraphs.push(p);
          assign(c, p, 'division');
        } else {
          const block = c && !c.division ? c : open();
          block.division = { parts: [...shape.parts], paragraphs: [p] };
          assign(block, p, 'division');
        }
        break;
      }
      case 'prose': {
        if (blocks.length === 0 && headings.length === 0) {
          preamble.push(p);
          roles.set(p.index, { role: 'preamble', task: null });
        } else {
          unparsed.push(p);
          roles.set(p.index, { role: 'unparsed', task: null });
        }
        break;
      }
    }
  }
  return { preamble, headings, blocks, roles, unparsed };
}

/** A 配合单位 line after a 牵头单位 line belongs to the same division. */
function continuesDivision(have: readonly DivisionPart[], next: readonly DivisionPart[]): boolean {
  const labels = new Set(have.map((part) => part.label));
  if (labels.has('mixed') || labels.has('responsible')) return false;
  return next.every((part) => !labels.has(part.label) && part.label !== 'mixed' && part.label !== 'responsible');
}
