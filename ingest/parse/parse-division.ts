/**
 * A task's division parts to ordered lead and support groups, its leaders and its deadline.
 * Labelled parts say their role (牵头单位, 配合单位 …); mixed text is read clause by clause
 * (see division-clauses.ts). Responsible units (责任单位, …负责) support where a lead is
 * named; where none is, they lead together — or, under 列第一位的为牵头单位, the first leads.
 */
import type { Convention } from '../model';
import type { DivisionPart } from './classify-paragraph';
import { roleClauses, stripRoleWords, type RoleClause } from './division-clauses';
import { groupsOf, type UnitToken } from './unit-tokens';

export type DivisionProblem = 'no-lead' | 'no-role-word';

/** How the responsible units of a division without a named lead were read. */
export type ResponsibleReading = 'joint-leads' | 'first-listed-leads' | 'first-listed-leads-assumed';

/**
 * Units of one role from one group as written. When a reading splits a written group (the
 * first of 省财政厅、税务局 leads, the second supports), `written` keeps the whole group,
 * since prefixes and shared suffixes are inherited across it.
 */
export interface RoleGroup {
  tokens: UnitToken[];
  written: UnitToken[];
}

export interface ParsedDivision {
  /** Groups of lead units, in order: the first unit of the first group is the primary lead. */
  leads: RoleGroup[];
  supports: RoleGroup[];
  /** People's posts named as responsible (分管副市长): not units. */
  leaders: UnitToken[];
  /** Where the deadline stands in the document, if the division gives one. */
  deadline: { start: number; end: number } | null;
  problems: DivisionProblem[];
  responsibleReading: ResponsibleReading | null;
}

const ROLE_WORDS_INSIDE = /牵头.|配合.|会同/;

export function parseDivision(parts: readonly DivisionPart[], conventions: ReadonlySet<Convention>): ParsedDivision {
  const clauses: Array<RoleClause & { labelled: boolean }> = [];
  let deadline: ParsedDivision['deadline'] = null;
  const leaders: UnitToken[] = [];
  for (const part of parts) {
    if (part.label === 'deadline') {
      deadline ??= { start: part.start, end: part.start + part.text.length };
      continue;
    }
    if (part.label === 'leaders') {
      leaders.push(...groupsOf(part.text, part.start).flat());
      continue;
    }
    if (part.label === 'mixed' || ROLE_WORDS_INSIDE.test(part.text)) {
      for (const { role, groups, start, end } of roleClauses(part.text, part.start)) clauses.push({ role, groups, start, end, labelled: false });
      continue;
    }
    const body = stripRoleWords(part.text);
    clauses.push({ role: part.label, groups: groupsOf(body, part.start), start: part.start, end: part.start + body.length, labelled: true });
  }

  const problems: DivisionProblem[] = [];
  // A clause without a role word takes the role of the next one that has a role.
  let pending: UnitToken[][] = [];
  const ordered: Array<{ role: 'lead' | 'support' | 'responsible'; groups: UnitToken[][]; labelled: boolean }> = [];
  for (const clause of clauses) {
    if (clause.role === 'deadline') {
      deadline ??= { start: clause.start, end: clause.end };
      continue;
    }
    if (clause.role === 'leaders') {
      leaders.push(...clause.groups.flat());
      continue;
    }
    if (clause.role === 'none') {
      pending.push(...clause.groups);
      continue;
    }
    ordered.push({ role: clause.role, groups: [...pending, ...clause.groups], labelled: clause.labelled });
    pending = [];
  }
  if (pending.length > 0) {
    const leadNamed = ordered.some((c) => c.role === 'lead') || pending.flat().some((t) => LEAD_MARK.test(t.text));
    if (!leadNamed) problems.push('no-role-word');
    ordered.push({ role: leadNamed ? 'support' : 'responsible', groups: pending, labelled: false });
  }
  markedLeads(ordered);
  const hasLead = ordered.some((c) => c.role === 'lead');

  const leads: RoleGroup[] = [];
  const supports: RoleGroup[] = [];
  const whole = (groups: UnitToken[][]) => groups.map((g) => ({ tokens: g, written: g }));
  let responsibleReading: ResponsibleReading | null = null;
  for (const clause of ordered) {
    if (clause.role === 'lead') leads.push(...whole(clause.groups));
    else if (clause.role === 'support' || hasLead) supports.push(...whole(clause.groups));
    else {
      responsibleReading ??= readingOf(clause.labelled, conventions);
      if (responsibleReading === 'joint-leads') leads.push(...whole(clause.groups));
      else if (leads.length > 0) supports.push(...whole(clause.groups));
      else {
        const [head, ...others] = clause.groups;
        const [first, ...restOfHead] = head ?? [];
        if (first) leads.push({ tokens: [first], written: head! });
        if (restOfHead.length > 0) supports.push({ tokens: restOfHead, written: head! });
        supports.push(...whole(others));
      }
    }
  }
  if (leads.length === 0 && supports.length > 0) problems.push('no-lead');
  return { leads, supports, leaders, deadline, problems, responsibleReading };
}

/** A lead marked after its name in a list: 市发改委(牵头)、市财政局. */
const LEAD_MARK = /\((?:牵头|牵头单位|主责|主责单位)\)$/;

/**
 * Lists that mark their lead after its name (责任单位:市发改委(牵头)、市财政局) name the lead
 * that way: the marked units lead, in a clause of their own before the others, and the
 * rest of the list supports.
 */
function markedLeads(ordered: Array<{ role: 'lead' | 'support' | 'responsible'; groups: UnitToken[][]; labelled: boolean }>): void {
  const marked: UnitToken[] = [];
  for (const clause of ordered) {
    clause.groups = clause.groups.map((group) =>
      group.filter((token) => {
        const mark = LEAD_MARK.exec(token.text);
        if (!mark) return true;
        marked.push({ text: token.text.slice(0, mark.index), start: token.start, end: token.end - mark[0].length });
        return false;
      }),
    ).filter((group) => group.length > 0);
  }
  if (marked.length === 0) return;
  for (const clause of ordered) if (clause.role === 'responsible') clause.role = 'support';
  ordered.unshift({ role: 'lead', groups: [marked], labelled: true });
}

/**
 * Responsible units with no lead named: the notice's convention decides; without one, units
 * that "负责" together lead together, and a bare 责任单位 list is read as first-listed-leads,
 * the commoner convention, and said so in the findings.
 */
function readingOf(labelled: boolean, conventions: ReadonlySet<Convention>): ResponsibleReading {
  if (conventions.has('responsible-are-leads')) return 'joint-leads';
  if (conventions.has('first-listed-leads')) return 'first-listed-leads';
  return labelled ? 'first-listed-leads-assumed' : 'joint-leads';
}
