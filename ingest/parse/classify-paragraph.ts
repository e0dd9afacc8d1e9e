/**
 * What one paragraph is, by its shape alone: a section heading (二、…), a numbered task
 * headline (34.…), a measures paragraph (工作措施:…), a division (部门分工:…, 牵头单位:…,
 * 配合单位:…, 责任单位:…) or prose. Works on punctuation-normalised text.
 */
import { chineseNumeralValue } from './chinese-numeral';

/** How a piece of division text names its roles. */
export type DivisionLabel = 'mixed' | 'lead' | 'support' | 'responsible';

/** A piece of division text and where it starts in the document. */
export interface DivisionPart {
  label: DivisionLabel;
  text: string;
  start: number;
}

export type ParagraphShape =
  | { kind: 'section-heading'; number: number; title: string }
  | { kind: 'task-headline'; number: number; text: string; textStart: number; division: DivisionPart | null }
  | { kind: 'measures'; text: string; textStart: number; division: DivisionPart | null }
  | { kind: 'division'; parts: DivisionPart[] }
  | { kind: 'prose' };

const LABELS: ReadonlyArray<readonly [string, DivisionLabel]> = [
  ['部门分工', 'mixed'],
  ['责任分工', 'mixed'],
  ['任务分工', 'mixed'],
  ['职责分工', 'mixed'],
  ['分工', 'mixed'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主办单位', 'lead'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['参与单位', 'support'],
  ['协办单位', 'support'],
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  ['负责单位', 'responsible'],
  ['实施单位', 'responsible'],
];
const LABEL_OF = new Map(LABELS);
const LABEL_ALTERNATION = LABELS.map(([word]) => word).join('|');
/** A label at the start of the paragraph or after a separator, followed by a colon. */
const LABEL_AT = new RegExp(`(^|[\\s;,。])(${LABEL_ALTERNATION})\\s*:`, 'g');
const MEASURES_LABEL = /^(工作措施|主要措施|具体措施|工作举措|重点举措|主要举措|具体举措)\s*:\s*/;
const SECTION_HEADING = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const TASK_HEADLINE = /^([1-9]\d{0,2})\s*[.、](?!\d)\s*(.+)$/;

export function classifyParagraph(text: string, start: number): ParagraphShape {
  const heading = SECTION_HEADING.exec(text);
  if (heading && looksLikeHeading(text)) {
    const number = chineseNumeralValue(heading[1]!);
    if (number !== null) return { kind: 'section-heading', number, title: heading[2]!.trim() };
  }
  const headline = TASK_HEADLINE.exec(text);
  if (headline) {
    const body = headline[2]!;
    const textStart = start + text.length - body.length;
    return { kind: 'task-headline', number: Number(headline[1]), text: body, textStart, division: trailingDivision(body, textStart) };
  }
  const measures = MEASURES_LABEL.exec(text);
  if (measures) {
    const body = text.slice(measures[0].length);
    const textStart = start + measures[0].length;
    return { kind: 'measures', text: body, textStart, division: trailingDivision(body, textStart) };
  }
  const parts = divisionParts(text, start);
  if (parts.length > 0) return { kind: 'division', parts };
  return { kind: 'prose' };
}

/** Headings are short and carry no full stop inside; cover-letter points are prose. */
function looksLikeHeading(text: string): boolean {
  const inner = text.slice(0, -1);
  return text.length <= 120 && !inner.includes('。');
}

/**
 * A division written as a trailing parenthesis: …(省发展改革委牵头,省财政厅等配合)。 The
 * parenthesis is matched by depth, since unit names carry their own (省参事室(省文史馆)).
 */
function trailingDivision(body: string, bodyStart: number): DivisionPart | null {
  const close = body.replace(/[。.\s]+$/, '').length - 1;
  if (close < 0 || body[close] !== ')') return null;
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (body[i] === ')') depth++;
    else if (body[i] === '(' && --depth === 0) {
      const text = body.slice(i + 1, close);
      return /牵头|负责|配合/.test(text) ? { label: 'mixed', text, start: bodyStart + i + 1 } : null;
    }
  }
  return null;
}

/** Splits a division paragraph at its labels; empty when it starts with no label. */
function divisionParts(text: string, start: number): DivisionPart[] {
  const hits: Array<{ label: DivisionLabel; labelStart: number; bodyStart: number }> = [];
  for (const m of text.matchAll(LABEL_AT)) {
    const labelStart = m.index + m[1]!.length;
    hits.push({ label: LABEL_OF.get(m[2]!)!, labelStart, bodyStart: m.index + m[0].length });
  }
  if (hits.length === 0 || hits[0]!.labelStart !== 0) return [];
  return hits.map((hit, i) => {
    const end = i + 1 < hits.length ? hits[i + 1]!.labelStart : text.length;
    const raw = text.slice(hit.bodyStart, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[;,。\s]+$/, '');
    return { label: hit.label, text: body, start: start + hit.bodyStart + lead };
  });
}
