/**
 * What one paragraph is, by its shape alone: a section heading (二、…), a numbered item
 * (34.… (三)… (9)…), a measures paragraph (工作措施:…), a division (部门分工:…, 牵头单位:…,
 * 责任单位:…, a lone parenthesis), a leader or deadline line, or unlabelled text. Numbered items
 * and text may end with a division of their own (…。(省发展改革委牵头,省财政厅配合)).
 * Works on punctuation-normalised text.
 */
import { chineseNumeralValue } from './chinese-numeral';
import { readNumberingMarker, type NumberingMarker } from './numbering-marker';
import { trimEndOf } from './text-edges';
import { DEADLINE } from './division-clauses';

/** How a piece of division text names its roles. */
export type DivisionLabel = 'mixed' | 'lead' | 'support' | 'responsible' | 'leaders' | 'deadline';

/** A piece of division text and where it starts in the document. */
export interface DivisionPart {
  label: DivisionLabel;
  text: string;
  start: number;
}

export type ParagraphShape =
  | { kind: 'section-heading'; number: number; title: string }
  | { kind: 'numbered'; marker: NumberingMarker; text: string; textStart: number; division: DivisionPart[] | null }
  | { kind: 'measures'; text: string; textStart: number; division: DivisionPart[] | null }
  | { kind: 'division'; parts: DivisionPart[] }
  | { kind: 'note' }
  | { kind: 'text'; division: DivisionPart[] | null };

const LABELS: ReadonlyArray<readonly [string, DivisionLabel | 'note']> = [
  ['部门分工', 'mixed'],
  ['责任分工', 'mixed'],
  ['任务分工', 'mixed'],
  ['职责分工', 'mixed'],
  ['分工', 'mixed'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主办单位', 'lead'],
  ['主责单位', 'lead'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['参与单位', 'support'],
  ['参与部门', 'support'],
  ['协办单位', 'support'],
  ['协同单位', 'support'],
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  ['负责单位', 'responsible'],
  ['实施单位', 'responsible'],
  ['承办单位', 'responsible'],
  ['责任领导', 'leaders'],
  ['牵头领导', 'leaders'],
  ['分管领导', 'leaders'],
  ['联系领导', 'leaders'],
  ['牵头省领导', 'leaders'],
  ['牵头市领导', 'leaders'],
  ['牵头区领导', 'leaders'],
  ['牵头县领导', 'leaders'],
  ['分管省领导', 'leaders'],
  ['分管市领导', 'leaders'],
  ['分管区领导', 'leaders'],
  ['分管县领导', 'leaders'],
  ['责任省领导', 'leaders'],
  ['责任市领导', 'leaders'],
  ['责任区领导', 'leaders'],
  ['责任县领导', 'leaders'],
  ['完成时限', 'deadline'],
  ['完成时间', 'deadline'],
  ['时间节点', 'deadline'],
  ['时限要求', 'deadline'],
  ['办结时限', 'deadline'],
  ['完成期限', 'deadline'],
  ['备注', 'note'],
];
const LABEL_OF = new Map(LABELS);
// Longest first, so that 牵头市领导 is not read as 牵头… and 责任单位 not as 分工.
const LABEL_ALTERNATION = LABELS.map(([word]) => word).sort((a, b) => b.length - a.length).join('|');
/** A label at the start of the text or after a separator, followed by a colon. */
const LABEL_AT = new RegExp(`(^|[\\s;,。])(${LABEL_ALTERNATION})\\s*:`, 'g');
/** A label opening the text: labelledParts reads nothing else, and most paragraphs have none. */
const LABEL_FIRST = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*:`);
const MEASURES_LABEL = /^(工作措施|主要措施|具体措施|工作举措|重点举措|主要举措|具体举措|工作任务|主要任务|工作内容|主要内容|目标任务|工作目标)\s*:\s*/;
const SECTION_WORDED = /^第([一二三四五六七八九十]{1,3})(?:部分|篇|章)\s*/;
/** Words that make a parenthesis a division rather than an aside (含…, 下同 …). */
const DIVISION_WORDS = /牵头|负责|配合|参与|协助|协办|落实|单位\s*:/;

export function classifyParagraph(text: string, start: number): ParagraphShape {
  const worded = SECTION_WORDED.exec(text);
  if (worded && looksLikeHeading(text)) {
    const number = chineseNumeralValue(worded[1]!);
    if (number !== null) return { kind: 'section-heading', number, title: text.slice(worded[0].length).trim() || text };
  }
  const marker = readNumberingMarker(text);
  if (marker && marker.form === 'chinese-comma' && looksLikeHeading(text)) {
    return { kind: 'section-heading', number: marker.value, title: text.slice(marker.length).trim() };
  }
  if (marker && marker.form !== 'chinese-comma' && marker.length < text.length) {
    const body = text.slice(marker.length);
    const textStart = start + marker.length;
    return { kind: 'numbered', marker, text: body, textStart, division: embeddedDivision(body, textStart) };
  }
  const measures = MEASURES_LABEL.exec(text);
  if (measures) {
    const body = text.slice(measures[0].length);
    const textStart = start + measures[0].length;
    return { kind: 'measures', text: body, textStart, division: embeddedDivision(body, textStart) };
  }
  const labelled = labelledParts(text, start);
  if (labelled !== null) return labelled.length === 0 && /^备注/.test(text) ? { kind: 'note' } : { kind: 'division', parts: labelled };
  const lone = loneParenthesis(text, start);
  if (lone) return { kind: 'division', parts: lone };
  return { kind: 'text', division: embeddedDivision(text, start) };
}

/** Headings are short and carry no full stop inside; cover-letter points are prose. */
export function looksLikeHeading(text: string): boolean {
  const inner = text.slice(0, -1);
  return text.length <= 120 && !inner.includes('。');
}

/**
 * A division inside a paragraph of task text: a trailing parenthesis (…。(省发展改革委牵头,
 * 省财政厅配合)) or labelled clauses after the text (…。牵头单位:市发改委;配合单位:市财政局).
 */
function embeddedDivision(body: string, bodyStart: number): DivisionPart[] | null {
  const paren = trailingParenthesis(body, body.length);
  if (paren) {
    const inner = body.slice(paren.open + 1, paren.close);
    if (DIVISION_WORDS.test(inner)) return partsOfDivisionText(inner, bodyStart + paren.open + 1);
    // A deadline in a parenthesis of its own after the division: (…牵头,…配合)(2024年6月底前).
    const before = DEADLINE.test(inner) ? trailingParenthesis(body, paren.open) : null;
    const division = before ? body.slice(before.open + 1, before.close) : '';
    if (before && DIVISION_WORDS.test(division)) {
      const deadline: DivisionPart = { label: 'deadline', text: inner.trim(), start: bodyStart + paren.open + 1 + (inner.length - inner.trimStart().length) };
      return [...partsOfDivisionText(division, bodyStart + before.open + 1), deadline];
    }
  }
  // exec on the shared pattern rather than matchAll, which copies it for every paragraph.
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(body); m; m = LABEL_AT.exec(body)) {
    if (m.index === 0 || LABEL_OF.get(m[2]!) === 'note') continue;
    const labelStart = m.index + m[1]!.length;
    const parts = labelledParts(body.slice(labelStart), bodyStart + labelStart);
    return parts && parts.length > 0 ? parts : null;
  }
  return midParagraphDivision(body, bodyStart);
}

/**
 * A division that closes the first sentences of a paragraph whose further sentences go on
 * with the same task: …。(省水利厅牵头)加快推进…。 It follows a full stop and ends in a role word.
 */
function midParagraphDivision(body: string, bodyStart: number): DivisionPart[] | null {
  for (let open = body.indexOf('。('); open >= 0; open = body.indexOf('。(', open + 1)) {
    let depth = 0;
    for (let i = open + 1; i < body.length; i++) {
      if (body[i] === '(') depth++;
      else if (body[i] === ')' && --depth === 0) {
        const inner = body.slice(open + 2, i);
        if (ROLE_AT_END.test(inner)) return partsOfDivisionText(inner, bodyStart + open + 2);
        break;
      }
    }
  }
  return null;
}

const ROLE_AT_END = /(?:牵头|配合|负责|参与|协助|落实)(?:[,;]?[^,;()]*(?:前|内|推进|完成))?$/;

/** The last parenthesis of a text that ends with one before `end`, matched by depth (省参事室(省文史馆)). */
function trailingParenthesis(body: string, end: number): { open: number; close: number } | null {
  let close = end - 1;
  while (close >= 0 && /[。.;,\s]/.test(body[close]!)) close--;
  if (close < 0 || body[close] !== ')') return null;
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (body[i] === ')') depth++;
    else if (body[i] === '(' && --depth === 0) return { open: i, close };
  }
  return null;
}

/** A paragraph that is only a parenthesised division: (牵头单位:…;责任单位:…). */
function loneParenthesis(text: string, start: number): DivisionPart[] | null {
  const paren = trailingParenthesis(text, text.length);
  if (!paren || paren.open !== 0) return null;
  const inner = text.slice(1, paren.close);
  return DIVISION_WORDS.test(inner) ? partsOfDivisionText(inner, start + 1) : null;
}

/** Division text with labels inside split at them; without labels, one mixed part. */
function partsOfDivisionText(text: string, start: number): DivisionPart[] {
  const labelled = labelledParts(text, start);
  if (labelled && labelled.length > 0) return labelled;
  const lead = text.length - text.trimStart().length;
  return [{ label: 'mixed', text: text.trim(), start: start + lead }];
}

/**
 * Splits text at its labels; null when it does not open with one. An empty list is a
 * paragraph of notes only (备注:…).
 */
function labelledParts(text: string, start: number): DivisionPart[] | null {
  if (!LABEL_FIRST.test(text)) return null;
  const hits: Array<{ label: DivisionLabel | 'note'; labelStart: number; bodyStart: number }> = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(text); m; m = LABEL_AT.exec(text)) {
    const labelStart = m.index + m[1]!.length;
    hits.push({ label: LABEL_OF.get(m[2]!)!, labelStart, bodyStart: m.index + m[0].length });
  }
  if (hits.length === 0 || hits[0]!.labelStart !== 0) return null;
  const parts: DivisionPart[] = [];
  for (const [i, hit] of hits.entries()) {
    if (hit.label === 'note') continue;
    const end = i + 1 < hits.length ? hits[i + 1]!.labelStart : text.length;
    const raw = text.slice(hit.bodyStart, end);
    const lead = raw.length - raw.trimStart().length;
    const body = trimEndOf(raw.trim(), ';,。');
    if (body.length > 0) parts.push({ label: hit.label, text: body, start: start + hit.bodyStart + lead });
  }
  return parts;
}
