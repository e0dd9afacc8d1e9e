/**
 * The same plan in the other layouts of the genre must give the same tasks and assignments;
 * hand-written variants cover what the seed does not show.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet, seedPlan, SEED_TEXT, taskNumbered } from '../support/_plans';
import { fullWidthCrlfBom, parenthesisedHeadlines, responsibleUnitList, separateLeadSupportLines, trailingParenthesis } from '../support/_relayout';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import type { ParsedPlan } from '../../ingest/model';

const byNumber = (plan: ParsedPlan) =>
  Object.fromEntries(plan.tasks.map((t) => [t.number, { leads: t.leads, supports: t.supports }]));

describe('the seed re-laid out', () => {
  const seed = seedPlan();

  it.each([
    ['full-width punctuation, CRLF and a BOM', (t: string) => fullWidthCrlfBom(t)],
    ['separate 牵头单位 / 配合单位 lines', separateLeadSupportLines],
    ['separate lines, (10)-style headlines and 具体措施', (t: string) => parenthesisedHeadlines(separateLeadSupportLines(t))],
    ['the division as a trailing parenthesis', trailingParenthesis],
    ['责任单位 lists where one unit leads', responsibleUnitList],
  ])('%s gives the same assignments for all 123 tasks', (_layout, relayout) => {
    const text = relayout(SEED_TEXT);
    expect(text).not.toBe(SEED_TEXT);
    const plan = parsePlanBytes(new TextEncoder().encode(text), 'relaid.txt');
    expect(plan.tasks.map((t) => t.number)).toEqual(seed.tasks.map((t) => t.number));
    expect(plan.tasks.filter((t) => !t.numberInferred).map((t) => t.number)).toEqual([11, 12, 34, 35, 37, 53, 55, 59, 81, 115]);
    expect(byNumber(plan)).toEqual(byNumber(seed));
    expect(plan.projects.map((p) => p.name)).toEqual(seed.projects.map((p) => p.name));
  });

  it('keeps spans pointing at the original characters in a full-width CRLF file', () => {
    const text = fullWidthCrlfBom(SEED_TEXT);
    const plan = parsePlanBytes(new TextEncoder().encode(text), 'wide.txt');
    const decoded = text.slice(1);
    for (const a of plan.assignments) expect(decoded.slice(a.span.start, a.span.end)).toBe(a.surface);
    expect(taskNumbered(plan, 12).divisionSpan!.line).toBe(23);
  });
});

describe('hand-written variants', () => {
  it('reads a full-width division with CRLF line ends', () => {
    const plan = parseSnippet('工作措施：推进工作。\r\n部门分工：省财政厅、教育厅牵头，省科技厅等配合。\r\n');
    expect(plan.tasks[0]).toMatchObject({ leads: ['省财政厅', '省教育厅'], supports: ['省科技厅'] });
  });

  it('reads separate 牵头单位 and 配合单位 lines as one division', () => {
    const plan = parseSnippet('1.推进工作。\n牵头单位：省发展改革委\n配合单位：省财政厅、自然资源厅\n2.另一项工作。\n牵头单位：省商务厅\n');
    expect(plan.tasks.map((t) => [t.number, t.leads, t.supports])).toEqual([
      [1, ['省发展改革委'], ['省财政厅', '省自然资源厅']],
      [2, ['省商务厅'], []],
    ]);
  });

  it('reads 牵头单位 and 配合单位 on one line', () => {
    const plan = parseSnippet('工作措施:推进工作。\n牵头单位:省发展改革委;配合单位:省财政厅、省教育厅\n');
    expect(plan.tasks[0]).toMatchObject({ leads: ['省发展改革委'], supports: ['省财政厅', '省教育厅'] });
  });

  it('reads a division in a trailing parenthesis of a headline', () => {
    const plan = parseSnippet('3.加快建设广湛、梅龙等高铁。（省发展改革委、交通运输厅牵头，省财政厅等按职责分工负责）\n');
    const task = plan.tasks[0]!;
    expect(task).toMatchObject({ number: 3, leads: ['省发展改革委', '省交通运输厅'], supports: ['省财政厅'] });
    expect(task.projects).toEqual(['广湛高铁', '梅龙高铁']);
  });

  it('reads a 责任单位 list: the first unit leads', () => {
    const plan = parseSnippet('工作措施:推进工作。\n责任单位:省民政厅、财政厅,各地级以上市政府\n');
    expect(plan.tasks[0]).toMatchObject({ leads: ['省民政厅'], supports: ['省财政厅', '各地级以上市政府'] });
  });

  it('keeps a division with no 牵头 without leads and reports it', () => {
    const plan = parseSnippet('工作措施:推进工作。\n部门分工:省财政厅、自然资源厅等配合。\n');
    expect(plan.tasks[0]).toMatchObject({ leads: [], supports: ['省财政厅', '省自然资源厅'] });
    expect(plan.findings.find((f) => f.code === 'division-without-lead')).toMatchObject({ line: 2, task: 1 });
  });

  it('keeps unknown units, flags them and still gives them a kind', () => {
    const plan = parseSnippet('工作措施:推进工作。\n部门分工:省数字化转型促进中心牵头,省财政厅、未来城投资集团配合。\n');
    expect(plan.tasks[0]).toMatchObject({ leads: ['省数字化转型促进中心'], supports: ['省财政厅', '省未来城投资集团'] });
    const flagged = plan.findings.filter((f) => f.code === 'unit-not-in-dictionary').map((f) => f.message);
    expect(flagged).toHaveLength(2);
    expect(flagged[0]).toContain('省数字化转型促进中心');
    expect(plan.units.find((u) => u.name === '省未来城投资集团')).toMatchObject({ kind: 'state-owned-enterprise', known: false });
  });

  it('reads a city plan: the level prefix 市 is inherited and 市场监管局 is not mistaken for one', () => {
    const plan = parseSnippet('工作措施:推进工作。\n部门分工:市发展改革局牵头,市财政局、市场监管局,区政府等配合。\n');
    expect(plan.tasks[0]).toMatchObject({ leads: ['市发展改革局'], supports: ['市财政局', '市市场监管局', '区政府'] });
  });

  it('does not borrow the next task’s division for a task that has none', () => {
    const plan = parseSnippet('工作措施:第一项。\n工作措施:第二项。\n部门分工:省财政厅牵头。\n');
    expect(plan.tasks.map((t) => t.leads)).toEqual([[], ['省财政厅']]);
    expect(plan.findings.filter((f) => f.code === 'task-without-division').map((f) => f.line)).toEqual([1]);
  });

  it('reports a paragraph that fits no rule, with its line', () => {
    const plan = parseSnippet('工作措施:推进工作。\n部门分工:省财政厅牵头。\n附件:联系人名单\n');
    expect(plan.findings.find((f) => f.code === 'unparsed-paragraph')).toMatchObject({ line: 3 });
    expect(plan.paragraphs.map((p) => p.role)).toEqual(['measures', 'division', 'unparsed']);
  });

  it('does not take "0." for a task number (found by the property test: the parser threw)', () => {
    const plan = parseSnippet('1.甲。\n0.推进工作。\n部门分工:省财政厅牵头。\n');
    expect(plan.tasks.map((t) => [t.number, t.leads])).toEqual([[1, ['省财政厅']]]);
    // Unnumbered text under a headline is the task's measures, not a task of its own.
    expect(plan.paragraphs.find((p) => p.line === 2)).toMatchObject({ role: 'measures', task: 1 });
  });

  it('reports contradicting task numbers instead of guessing', () => {
    // Two blocks stand between 5 and 7, where there is room for one.
    const plan = parseSnippet('5.甲。\n工作措施:乙。\n工作措施:丙。\n工作措施:丁。\n7.戊。\n工作措施:己。\n8.庚。\n');
    expect(plan.tasks.map((t) => t.number)).toEqual([5, null, null, 7, 8]);
    expect(plan.tasks.map((t) => t.numberInferred)).toEqual([false, true, true, false, false]);
    expect(plan.findings.filter((f) => f.code === 'number-contradiction').map((f) => f.line)).toEqual([1]);
  });
});
