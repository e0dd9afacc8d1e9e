/**
 * Division text to lead and support groups of unit tokens, with the characters of each.
 * Everything before 牵头 leads; what stands between 牵头, and (等)配合 supports. `,` and `;`
 * separate groups of units, `、` separates units inside a group. Layouts with separate
 * 牵头单位/配合单位 lines or a 责任单位 list (first unit leads) come in as labelled parts.
 */
import type { DivisionPart } from './classify-paragraph';

export interface UnitToken {
  /** The unit as written, without 等 or role words. */
  text: string;
  start: number;
  end: number;
}

export type DivisionProblem = 'no-lead' | 'no-role-word';

export interface ParsedDivision {
  /** Groups of lead tokens, in order: the first token of the first group is the primary lead. */
  leads: UnitToken[][];
  supports: UnitToken[][];
  problems: DivisionProblem[];
}

const SUPPORT_MARKER = /(?:等(?:单位|部门)?)?(?:按职责分工负责|按职责分工|按职责|配合|参与|协助|协办|共同推进|负责)$/;

export function parseDivision(parts: readonly DivisionPart[]): ParsedDivision {
  const result: ParsedDivision = { leads: [], supports: [], problems: [] };
  for (const part of parts) {
    const label = part.label !== 'mixed' && part.text.includes('牵头') && !part.text.endsWith('牵头') ? 'mixed' : part.label;
    switch (label) {
      case 'lead':
        result.leads.push(...groupsOf(stripEnd(part.text, /(?:等(?:单位|部门)?)?牵头(?:负责)?$/), part.start));
        break;
      case 'support':
        result.supports.push(...groupsOf(stripEnd(part.text, SUPPORT_MARKER), part.start));
        break;
      case 'responsible': {
        const [first, ...rest] = splitResponsible(groupsOf(stripEnd(part.text, SUPPORT_MARKER), part.start));
        if (first) result.leads.push(first);
        result.supports.push(...rest);
        break;
      }
      case 'mixed':
        parseMixed(part, result);
        break;
    }
  }
  return result;
}

function parseMixed(part: DivisionPart, result: ParsedDivision): void {
  const text = part.text;
  const lead = text.indexOf('牵头');
  if (lead >= 0) {
    result.leads.push(...groupsOf(text.slice(0, lead), part.start));
    let afterStart = lead + 2;
    const after = text.slice(afterStart);
    const skip = /^(?:负责)?[,;、\s]*/.exec(after)![0].length;
    afterStart += skip;
    const supportText = text.slice(afterStart);
    const marker = SUPPORT_MARKER.exec(supportText);
    const body = marker ? supportText.slice(0, marker.index) : supportText;
    if (body.trim().length > 0) {
      if (!marker) result.problems.push('no-role-word');
      result.supports.push(...groupsOf(body, part.start + afterStart));
    }
    return;
  }
  const marker = SUPPORT_MARKER.exec(text);
  const body = marker ? text.slice(0, marker.index) : text;
  const groups = groupsOf(body, part.start);
  if (marker && /负责$/.test(marker[0]) && !/配合|参与|协助|协办/.test(marker[0])) {
    // "(省发展改革委、省财政厅负责)": the genre's responsible-unit convention, first unit leads.
    const [first, ...rest] = splitResponsible(groups);
    if (first) result.leads.push(first);
    result.supports.push(...rest);
    return;
  }
  result.problems.push(marker ? 'no-lead' : 'no-role-word');
  result.supports.push(...groups);
}

/** The first unit of a responsible-unit list leads; the rest of its group and all others support. */
function splitResponsible(groups: UnitToken[][]): UnitToken[][] {
  const [head, ...others] = groups;
  if (!head || head.length === 0) return groups;
  const [first, ...restOfHead] = head;
  return [[first!], ...(restOfHead.length > 0 ? [restOfHead] : []), ...others];
}

function stripEnd(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Splits at `,`/`;` into groups and at `、` into tokens, never inside parentheses. */
export function groupsOf(text: string, start: number): UnitToken[][] {
  const groups: UnitToken[][] = [];
  let group: UnitToken[] = [];
  let tokenStart = 0;
  let depth = 0;
  const flushToken = (end: number) => {
    const token = cleanToken(text.slice(tokenStart, end), start + tokenStart);
    if (token) group.push(token);
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const atEnd = i === text.length;
    const groupBreak = atEnd || (depth === 0 && (ch === ',' || ch === ';'));
    const tokenBreak = depth === 0 && (ch === '、' || isJoiningAnd(text, i));
    if (groupBreak || tokenBreak) {
      flushToken(i);
      tokenStart = i + 1;
      if (groupBreak && group.length > 0) {
        groups.push(group);
        group = [];
      }
    }
  }
  return groups;
}

/** 和 joins two units only between a department suffix and a level prefix (…委和省…). */
function isJoiningAnd(text: string, i: number): boolean {
  return text[i] === '和' && /[厅委局办]/.test(text[i - 1] ?? '') && /[省市县]/.test(text[i + 1] ?? '');
}

function cleanToken(raw: string, rawStart: number): UnitToken | null {
  const lead = /^[\s由]*/.exec(raw)![0].length;
  const trail = /(?:等(?:单位|部门)?)?[\s。.]*$/.exec(raw.slice(lead))![0].length;
  const text = raw.slice(lead, raw.length - trail);
  if (text.length === 0) return null;
  return { text, start: rawStart + lead, end: rawStart + lead + text.length };
}
