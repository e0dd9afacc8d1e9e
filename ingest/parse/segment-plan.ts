/**
 * Paragraphs to the plan's skeleton: the preamble (title, cover letter, notice), the
 * sections, and task blocks. A task block is an optional headline, its measures (a labelled
 * paragraph, numbered lines or plain text) and its division (labelled lines, a 部门分工
 * paragraph or a parenthesis); a division closes the block. A missing division stays
 * missing: it is never borrowed from a neighbour. Numbered lines under a headline are the
 * task's measures, not tasks: see `numberedRole`.
 */
import type { Paragraph } from './split-paragraphs';
import { classifyParagraph, type DivisionPart, type ParagraphShape } from './classify-paragraph';
import type { NumberForm, NumberingMarker } from './numbering-marker';
import { subHeadings } from './sub-headings';
import type { ParagraphRole } from '../model';

export interface TextPiece {
  paragraph: Paragraph;
  text: string;
  /** Offset of `text` in the document. */
  start: number;
  /** Offset where the text ends before a division written inside the same paragraph. */
  bodyEnd: number;
}

export interface TaskBlock {
  ordinal: number;
  section: number | null;
  /** The numbering marker of the headline, as written. */
  marker: NumberingMarker | null;
  headline: TextPiece | null;
  /** Measures in document order: a labelled paragraph, numbered lines or plain text. */
  measures: TextPiece[];
  division: { parts: DivisionPart[]; paragraphs: Paragraph[] } | null;
  paragraphs: Paragraph[];
  /** The numbering form of the measure lines under the headline, once one is seen. */
  childForm: NumberForm | null;
  /** Whether the block opened with unnumbered text that may head numbered measures. */
  openedByText: boolean;
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

const UNIT_LABELS = new Set(['mixed', 'lead', 'support', 'responsible']);
const hasUnits = (block: TaskBlock): boolean => block.division?.parts.some((p) => UNIT_LABELS.has(p.label)) ?? false;

export function segmentPlan(paragraphs: readonly Paragraph[], normalised: string): PlanSkeleton {
  const preamble: Paragraph[] = [];
  const headings: SectionHeading[] = [];
  const blocks: TaskBlock[] = [];
  const roles = new Map<number, { role: ParagraphRole; task: number | null }>();
  const unparsed: Paragraph[] = [];
  let section: number | null = null;
  let current: TaskBlock | null = null;

  const open = (): TaskBlock => {
    const block: TaskBlock = {
      ordinal: blocks.length + 1,
      section,
      marker: null,
      headline: null,
      measures: [],
      division: null,
      paragraphs: [],
      childForm: null,
      openedByText: false,
    };
    blocks.push(block);
    current = block;
    return block;
  };
  const assign = (block: TaskBlock, p: Paragraph, role: ParagraphRole) => {
    block.paragraphs.push(p);
    roles.set(p.index, { role, task: block.ordinal });
  };
  const piece = (p: Paragraph, text: string, start: number, division: DivisionPart[] | null): TextPiece => ({
    paragraph: p,
    text: p.text.slice(p.text.length - text.length),
    start,
    bodyEnd: division ? divisionOpening(normalised, division[0]!.start, start) : start + text.length,
  });
  const addDivision = (block: TaskBlock, parts: DivisionPart[], p: Paragraph) => {
    if (block.division) {
      block.division.parts.push(...parts);
      if (!block.division.paragraphs.includes(p)) block.division.paragraphs.push(p);
    } else block.division = { parts: [...parts], paragraphs: [p] };
  };
  /** An open block that still waits for its division, if any. */
  const waiting = (): TaskBlock | null => {
    const c = current as TaskBlock | null;
    return c && !hasUnits(c) ? c : null;
  };

  const texts = paragraphs.map((p) => normalised.slice(p.start, p.start + p.text.length));
  const shapes = texts.map((text, i) => classifyParagraph(text, paragraphs[i]!.start));
  const subHeadingAt = subHeadings(shapes, texts);
  for (const [index, p] of paragraphs.entries()) {
    const text = normalised.slice(p.start, p.start + p.text.length);
    const shape = shapes[index]!;
    switch (shape.kind) {
      case 'section-heading': {
        headings.push({ number: shape.number, title: shape.title, paragraph: p });
        section = shape.number;
        current = null;
        roles.set(p.index, { role: 'section-heading', task: null });
        break;
      }
      case 'numbered': {
        if (subHeadingAt.has(index)) {
          // A heading of a group of tasks: it closes the task before it and opens none.
          current = null;
          roles.set(p.index, { role: 'sub-heading', task: null });
          break;
        }
        const c = waiting();
        if (c && numberedRole(c, shape.marker) === 'measure') {
          c.childForm ??= shape.marker.form;
          c.measures.push(piece(p, text, p.start, shape.division));
          if (shape.division) addDivision(c, shape.division, p);
          assign(c, p, 'measures');
          break;
        }
        const block = open();
        block.marker = shape.marker;
        block.headline = piece(p, shape.text, shape.textStart, shape.division);
        if (shape.division) addDivision(block, shape.division, p);
        assign(block, p, 'task-headline');
        break;
      }
      case 'measures': {
        const c = waiting();
        const labelled = c?.measures.some((m) => m.paragraph !== c.headline?.paragraph && roles.get(m.paragraph.index)?.role === 'measures');
        const block = c && !labelled ? c : open();
        block.measures.push(piece(p, shape.text, shape.textStart, shape.division));
        if (shape.division) addDivision(block, shape.division, p);
        assign(block, p, 'measures');
        break;
      }
      case 'division': {
        const c = current as TaskBlock | null;
        const block = c && (!c.division || continuesDivision(c.division.parts, shape.parts)) ? c : open();
        addDivision(block, shape.parts, p);
        assign(block, p, 'division');
        break;
      }
      case 'note': {
        const c = current as TaskBlock | null;
        if (c) assign(c, p, 'note');
        else {
          unparsed.push(p);
          roles.set(p.index, { role: 'unparsed', task: null });
        }
        break;
      }
      case 'text': {
        const c = waiting();
        const previous = current as TaskBlock | null;
        if (c && (c.headline || c.measures.length > 0) && !(c.openedByText && shape.division)) {
          c.measures.push(piece(p, text, p.start, shape.division));
          if (shape.division) addDivision(c, shape.division, p);
          assign(c, p, 'measures');
        } else if (shape.division) {
          const block = open();
          block.openedByText = true;
          block.headline = piece(p, text, p.start, shape.division);
          addDivision(block, shape.division, p);
          assign(block, p, 'task-headline');
        } else if (headsDivision(shapes[index + 1], blocks.length > 0 || headings.length > 0) || (previous?.openedByText && previous.section === section && hasUnits(previous))) {
          // Unnumbered task text followed by its division lines, or — where tasks are unnumbered
          // paragraphs that end with their division — one whose division was lost.
          const block = open();
          block.openedByText = true;
          block.headline = piece(p, text, p.start, null);
          assign(block, p, 'task-headline');
        } else if (blocks.length === 0 && headings.length === 0) {
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

/**
 * Whether a numbered paragraph inside a task that waits for its division is one of its
 * measures or the next task. The next task has the headline's form (or its numbering family
 * with the next number: plans mix `(9)` and `10.`); a measure list starts at 1 in a form of its own.
 */
function numberedRole(block: TaskBlock, marker: NumberingMarker): 'measure' | 'task' {
  const headline = block.marker;
  if (!headline) return block.openedByText && marker.value === 1 && block.measures.length === 0 ? 'measure' : 'task';
  if (marker.form === headline.form) return 'task';
  if (block.childForm === marker.form) return 'measure';
  if (block.childForm === null && marker.value === 1) return 'measure';
  if (marker.family === headline.family && marker.value === headline.value + 1) return 'task';
  return 'measure';
}

/**
 * Whether unnumbered text heads the division that follows it. Before the plan begins, only
 * labelled unit lines (牵头单位:…) do: a cover letter's last paragraph before a lone 部门分工
 * is the letter, not a task.
 */
function headsDivision(next: ParagraphShape | undefined, planBegun: boolean): boolean {
  if (next?.kind !== 'division' || next.parts.length === 0) return false;
  return planBegun || next.parts[0]!.label !== 'mixed';
}

/** Further labelled lines belong to the same division while they name a role it lacks. */
function continuesDivision(have: readonly DivisionPart[], next: readonly DivisionPart[]): boolean {
  const labels = new Set(have.map((part) => part.label));
  return next.every((part) => {
    if (part.label === 'leaders' || part.label === 'deadline') return !labels.has(part.label);
    return !labels.has('mixed') && part.label !== 'mixed' && !labels.has(part.label);
  });
}

/** Where the text before an embedded division ends: at its opening parenthesis when it has one. */
function divisionOpening(normalised: string, divisionStart: number, textStart: number): number {
  let i = divisionStart;
  while (i > textStart && /\s/.test(normalised[i - 1]!)) i--;
  return i > textStart && normalised[i - 1] === '(' ? i - 1 : i;
}
