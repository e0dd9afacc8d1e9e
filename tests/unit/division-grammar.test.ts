/**
 * The division grammar of the genre, one rule per row: how a division names its leads,
 * supports, leaders and deadline, and the notice conventions that change the reading.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../support/_plans';

const CITY = '成都市2023年重点任务分工方案\n';
const PROVINCE = '湖南省2023年重点任务分工方案\n';

describe('division grammar', () => {
  it.each([
    ['X牵头，Y配合', '1.推进工作。（市卫生健康委牵头，市发改委、市财政局配合）', ['市卫生健康委'], ['市发展改革委', '市财政局'], [], null],
    ['groups without a role word support with the next group', '1.推进工作。（市发改委牵头，市财政局、税务局，国网成都供电公司等配合）', ['市发展改革委'], ['市财政局', '市税务局', '国网成都供电公司'], [], null],
    ['A会同B负责', '1.推进工作。（市商务局会同市发改委负责）', ['市商务局'], ['市发展改革委'], [], null],
    ['负责 with no 牵头: all lead together', '1.推进工作。（市教育局、市人社局按职责分工负责，年内持续推进）', ['市教育局', '市人力资源社会保障局'], [], [], '年内持续推进'],
    ['leaders first, then units, then a deadline', '1.推进工作。（分管副市长、协管副秘书长负责，市交通运输局牵头，市公安局配合，2023年6月底前完成）', ['市交通运输局'], ['市公安局'], ['分管副市长', '协管副秘书长'], '2023年6月底前完成'],
    ['分别牵头 and 结合实际落实', '1.推进工作。（市自然资源和规划局、市林业局分别牵头，各区人民政府结合实际落实）', ['市自然资源和规划局', '市林业局'], ['各区人民政府'], [], null],
    ['units joined by 和 and 及', '1.推进工作。（市教育局和市人社局牵头，团市委及市妇联参与）', ['市教育局', '市人力资源社会保障局'], ['团市委', '市妇联'], [], null],
    ['和 inside a name is not a join', '1.推进工作。（市工业和信息化局牵头，市住房和城乡建设局配合）', ['市工业和信息化局'], ['市住房城乡建设局'], [], null],
    ['labels inside one parenthesis', '1.推进工作。\n（牵头单位：市发改委；责任单位：市财政局、各区人民政府）', ['市发展改革委'], ['市财政局', '各区人民政府'], [], null],
    ['labelled lines with a leader and a deadline', '1.推进工作。\n牵头单位：市住建局\n责任单位：市发改委，市财政局\n牵头市领导：分管副市长\n完成时限：2023年12月底前', ['市住房城乡建设局'], ['市发展改革委', '市财政局'], ['分管副市长'], '2023年12月底前'],
    ['a double name is one unit, never renamed', '1.推进工作。（市经信局（市新经济委）牵头，市商务局配合）', ['市经济和信息化局'], ['市商务局'], [], null],
  ])('%s', (_rule, body, leads, supports, leaders, deadline) => {
    const plan = parseSnippet(CITY + body + '\n');
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({ leads, supports, leaders, deadline });
  });

  it('keeps both spellings of a double name as aliases of one unit', () => {
    const plan = parseSnippet(CITY + '1.推进工作。（市经信局（市新经济委）牵头，市商务局配合）\n');
    expect(plan.units.find((u) => u.name === '市经济和信息化局')!.aliases).toEqual(expect.arrayContaining(['市经信局', '市新经济委']));
  });

  it('merges 自然资源和规划局 and 规划和自然资源局 only where a document uses both', () => {
    const one = parseSnippet(CITY + '1.甲。（市规划和自然资源局牵头）\n2.乙。（市财政局牵头）\n');
    expect(one.tasks[0]!.leads).toEqual(['市规划和自然资源局']);
    const both = parseSnippet(CITY + '1.甲。（市自然资源和规划局牵头）\n2.乙。（市规划和自然资源局牵头）\n');
    expect(both.tasks.map((t) => t.leads)).toEqual([['市自然资源和规划局'], ['市自然资源和规划局']]);
  });

  it('reads a national plan: ministries without prefix, known', () => {
    const plan = parseSnippet('国务院关于落实《政府工作报告》重点工作分工的意见\n1.推进工作。（财政部牵头，发展改革委、税务总局等按职责分工负责）\n');
    expect(plan.document.level).toBe('national');
    expect(plan.tasks[0]).toMatchObject({ leads: ['财政部'], supports: ['发展改革委', '税务总局'] });
    expect(plan.units.every((u) => u.known)).toBe(true);
  });
});

describe('conventions of the notice', () => {
  const lists = '1.甲。\n责任单位：省发展改革委、省财政厅\n2.乙。\n牵头单位：省商务厅\n责任单位：省财政厅\n';

  it('applies 列第一位的为牵头单位', () => {
    const plan = parseSnippet(PROVINCE + '各单位：列第一位的为牵头单位。\n' + lists);
    expect(plan.tasks.map((t) => [t.leads, t.supports])).toEqual([[['省发展改革委'], ['省财政厅']], [['省商务厅'], ['省财政厅']]]);
    expect(plan.document.layout.conventions).toEqual(['first-listed-leads']);
    expect(plan.findings.map((f) => f.code)).toContain('convention-applied');
  });

  it('applies 无牵头单位的，责任单位即为牵头单位', () => {
    const plan = parseSnippet(PROVINCE + '各单位：无牵头单位的，责任单位即为牵头单位。\n' + lists);
    expect(plan.tasks.map((t) => [t.leads, t.supports])).toEqual([[['省发展改革委', '省财政厅'], []], [['省商务厅'], ['省财政厅']]]);
  });

  it('says when bold marks the leads, which plain text cannot show', () => {
    const plan = parseSnippet(PROVINCE + '各单位：加粗的为牵头单位。\n' + lists);
    expect(plan.findings.find((f) => f.code === 'convention-not-applicable')).toMatchObject({ severity: 'warning', line: 2 });
  });

  it('says when it assumes first-listed-leads for a 责任单位 list the notice does not explain', () => {
    const plan = parseSnippet(PROVINCE + lists);
    expect(plan.tasks[0]).toMatchObject({ leads: ['省发展改革委'], supports: ['省财政厅'] });
    expect(plan.findings.find((f) => f.code === 'convention-assumed')).toMatchObject({ severity: 'warning', line: 3, task: 1 });
  });
});

describe('numbering', () => {
  it('restarts (一) in every section and names tasks 二(三)', () => {
    const plan = parseSnippet('一、甲类工作\n（一）推进甲。（市发改委牵头）\n（二）推进乙。（市财政局牵头）\n二、乙类工作\n（一）推进丙。（市商务局牵头）\n');
    expect(plan.tasks.map((t) => [t.section, t.number, t.label])).toEqual([
      [1, 1, '一(一)'],
      [1, 2, '一(二)'],
      [2, 1, '二(一)'],
    ]);
    expect(plan.document.layout).toMatchObject({ taskNumbering: ['(一)'], numberingRestartsInSections: true });
  });

  it('reads numbered measure lines under a headline as the task’s measures', () => {
    const plan = parseSnippet('（一）推进城市更新。\n1.完成老旧小区改造200个。\n2.新开工保障性住房1万套。\n（牵头单位：市住建局；责任单位：市财政局）\n（二）推进乙。（市商务局牵头）\n');
    expect(plan.tasks.map((t) => [t.number, t.leads])).toEqual([
      [1, ['市住房城乡建设局']],
      [2, ['市商务局']],
    ]);
    expect(plan.tasks[0]!.measures).toBe('1.完成老旧小区改造200个。\n2.新开工保障性住房1万套。');
  });

  it('takes mixed forms of one numbering as one sequence: (9) then 10.', () => {
    const plan = parseSnippet('(8)甲。\n牵头单位：市发改委\n（9）乙。\n10.丙。\n牵头单位：市财政局\n');
    expect(plan.tasks.map((t) => [t.number, t.leads])).toEqual([
      [8, ['市发展改革委']],
      [9, []],
      [10, ['市财政局']],
    ]);
  });
});

describe('more layouts of the genre', () => {
  it('reads a lead marked after its name in a 责任单位 list', () => {
    const plan = parseSnippet(CITY + '1.推进工作。\n责任单位：市发改委（牵头）、市财政局、市税务局\n2.另一项。（市教育局（牵头），市人社局）\n');
    expect(plan.tasks.map((t) => [t.leads, t.supports])).toEqual([
      [['市发展改革委'], ['市财政局', '市税务局']],
      [['市教育局'], ['市人力资源社会保障局']],
    ]);
    expect(plan.assignments.find((a) => a.unit === '市发展改革委')!.surface).toBe('市发改委');
    expect(plan.findings.map((f) => f.code)).not.toContain('convention-assumed');
  });

  it('reads (一) sub-headings that group 1. tasks, each with its division', () => {
    const plan = parseSnippet(
      CITY +
        '一、稳增长\n（一）扩大有效投资\n1.推进重大项目建设。（市发改委牵头，市财政局配合）\n2.加快专项债发行使用。（市财政局牵头）\n' +
        '（二）促进消费\n3.举办消费季活动。（市商务局牵头，各区人民政府配合）\n4.发展夜间经济。（市商务局牵头）\n二、惠民生\n（一）稳就业\n5.新增城镇就业5万人。（市人社局牵头）\n6.开展技能培训。（市人社局牵头，市教育局配合）\n',
    );
    expect(plan.tasks.map((t) => [t.section, t.number, t.leads])).toEqual([
      [1, 1, ['市发展改革委']],
      [1, 2, ['市财政局']],
      [1, 3, ['市商务局']],
      [1, 4, ['市商务局']],
      [2, 5, ['市人力资源社会保障局']],
      [2, 6, ['市人力资源社会保障局']],
    ]);
    expect(plan.paragraphs.filter((p) => p.role === 'sub-heading').map((p) => p.line)).toEqual([3, 6, 10]);
  });
});
