/**
 * Division text to clauses with a role. A clause ends at `,` `;` `。` outside parentheses and
 * names its role by its last words: …牵头, …配合/参与/协助/结合实际落实, …负责, A会同B…; a
 * clause without a role word takes the role of the next clause that has one (省财政厅、
 * 自然资源厅,省铁投集团等配合). Leaders (分管副省长) and deadlines (2023年底前完成) are
 * clauses of their own, never units.
 */
import { groupsOf, type UnitToken } from './unit-tokens';

export type ClauseRole = 'lead' | 'support' | 'responsible' | 'leaders' | 'deadline' | 'none';

export interface RoleClause {
  role: ClauseRole;
  groups: UnitToken[][];
  /** The clause's characters in the document (for deadlines: the deadline text). */
  start: number;
  end: number;
}

const LEAD_END = /(?:等(?:单位|部门)?)?(?:分别|共同|负责)?牵头(?:负责|落实|推进|实施)?$/;
const SUPPORT_END =
  /(?:等(?:单位|部门)?)?(?:按职责(?:分工)?)?(?:分别|共同)?(?:配合(?:落实|推进|实施)?|参与(?:推进|实施)?|协助|协办|协同(?:推进)?|共同推进|结合实际(?:抓好|推动)?落实|抓好落实|具体落实|组织实施)$/;
const RESPONSIBLE_END = /(?:等(?:单位|部门)?)?(?:按职责(?:分工)?|分别|共同)?负责(?:落实|推进|实施)?$/;
/** A deadline written as a clause or a parenthesis of its own (2023年底前完成, 年内持续推进). */
export const DEADLINE =
  /^(?:\d{4}年|年内|年底|今年|全年|每年|长期|持续|上半年|下半年|第?[一二三四]季度|\d{1,2}月)|(?:前完成|底前|前出台|持续推进|长期坚持|年内完成|按期完成)$/;
/** People's posts, not units: 分管副市长, 协管副秘书长, 市领导. */
export const LEADER_POST = /(?:省长|市长|区长|县长|州长|秘书长|书记|领导|主任|主席|常委|部长)$/;

export function roleClauses(text: string, start: number): RoleClause[] {
  const clauses: RoleClause[] = [];
  for (const piece of splitClauses(text)) {
    const clauseStart = start + piece.offset;
    const body = piece.text;
    if (DEADLINE.test(body) && !/牵头|配合|负责/.test(body)) {
      clauses.push({ role: 'deadline', groups: [], start: clauseStart, end: clauseStart + body.length });
      continue;
    }
    const together = body.indexOf('会同');
    if (together > 0) {
      const rest = body.slice(together + 2);
      const ending = LEAD_END.exec(rest) ?? SUPPORT_END.exec(rest) ?? RESPONSIBLE_END.exec(rest);
      clauses.push({ role: 'lead', groups: groupsOf(body.slice(0, together), clauseStart), start: clauseStart, end: clauseStart + together });
      const supportText = ending ? rest.slice(0, ending.index) : rest;
      const supportStart = clauseStart + together + 2;
      clauses.push({ role: 'support', groups: groupsOf(supportText, supportStart), start: supportStart, end: supportStart + supportText.length });
      continue;
    }
    const [role, ending] = roleOf(body);
    const unitsText = ending ? body.slice(0, ending.index) : body;
    const groups = groupsOf(unitsText, clauseStart);
    // (Not groups.flat(): it is slow in V8, and this runs for every clause of every division.)
    const hasTokens = groups.some((g) => g.length > 0);
    if (hasTokens && groups.every((g) => g.every((t) => LEADER_POST.test(t.text)))) {
      clauses.push({ role: 'leaders', groups, start: clauseStart, end: clauseStart + unitsText.length });
      continue;
    }
    if (!hasTokens) continue;
    clauses.push({ role, groups, start: clauseStart, end: clauseStart + body.length });
  }
  return clauses;
}

function roleOf(body: string): [ClauseRole, RegExpExecArray | null] {
  const lead = LEAD_END.exec(body);
  if (lead) return ['lead', lead];
  const support = SUPPORT_END.exec(body);
  if (support) return ['support', support];
  const responsible = RESPONSIBLE_END.exec(body);
  if (responsible) return ['responsible', responsible];
  return ['none', null];
}

/** Text strip for one label's body: the role words a labelled line may still carry at its end. */
export function stripRoleWords(text: string): string {
  for (const pattern of [LEAD_END, SUPPORT_END, RESPONSIBLE_END]) {
    const m = pattern.exec(text);
    if (m) return text.slice(0, m.index);
  }
  return text;
}

const OPEN = '('.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
const SEMICOLON = ';'.charCodeAt(0);
const FULL_STOP = '。'.charCodeAt(0);

/** Splits at `,` `;` `。` outside parentheses (compared as character codes); offsets point into `text`, edges trimmed. */
function splitClauses(text: string): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && (code === COMMA || code === SEMICOLON || code === FULL_STOP))) {
      let a = from;
      let b = i;
      while (a < b && /[\s由]/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) pieces.push({ text: text.slice(a, b), offset: a });
      from = i + 1;
    }
  }
  return pieces;
}
