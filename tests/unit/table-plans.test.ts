/**
 * Plans laid out as tables: the header found by its words in any order, section rows that
 * span the table, merged cells spread over the rows they cover, cells with line breaks,
 * tables that continue over pages — read by the same grammar as text, each task pointing at
 * its table and row.
 */
import { describe, expect, it } from 'vitest';
import type { PlanBody } from '../../ingest/read/plan-body';
import { bodyToSource } from '../../ingest/read/body-to-source';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { describeLine, type ParsedPlan } from '../../ingest/model';

function parseBody(body: PlanBody): ParsedPlan {
  const { text, origins } = bodyToSource(body);
  return parsePlanText({ id: 'table', sourceFile: 'table.html', contentHash: '0'.repeat(64), text, format: body.format, origins });
}

const title = { kind: 'paragraph' as const, text: '某市2023年政府工作报告重点任务分工方案', page: null };
const table = (rows: string[][], sheet: string | null = null) => ({ kind: 'table' as const, rows, page: null, sheet });

describe('a plan table', () => {
  const body: PlanBody = {
    format: 'html',
    blocks: [
      title,
      table([
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        ['一、推动经济高质量发展', '一、推动经济高质量发展', '一、推动经济高质量发展', '一、推动经济高质量发展', '一、推动经济高质量发展'],
        ['1', '加快建设轨道交通3号线二期。', '市交通运输局', '市发改委、财政局', '2023年12月底前'],
        ['2', '推进城市更新，\n完成老旧小区改造200个。', '市住建局', '市发改委\n市财政局\n各区人民政府', '2023年12月底前'],
        ['3', '新建5G基站3000个。', '市经信局', '市通信管理办', '年内持续推进'],
        ['二、保障和改善民生', '二、保障和改善民生', '二、保障和改善民生', '二、保障和改善民生', '二、保障和改善民生'],
        ['4', '新增城镇就业5万人。', '市人社局', '市教育局、团市委', '2023年12月底前'],
      ]),
    ],
  };
  const plan = parseBody(body);

  it('reads every row as a task with its number, section, leads, supports and deadline', () => {
    expect(plan.tasks.map((t) => [t.number, t.section, t.leads, t.supports, t.deadline])).toEqual([
      [1, 1, ['市交通运输局'], ['市发展改革委', '市财政局'], '2023年12月底前'],
      [2, 1, ['市住房城乡建设局'], ['市发展改革委', '市财政局', '各区人民政府'], '2023年12月底前'],
      [3, 1, ['市经济和信息化局'], ['市通信管理办'], '年内持续推进'],
      [4, 2, ['市人力资源社会保障局'], ['市教育局', '团市委'], '2023年12月底前'],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(['推动经济高质量发展', '保障和改善民生']);
  });

  it('points every task at its table row', () => {
    const task2 = plan.tasks[1]!;
    expect(describeLine(task2.span.line, plan.lineOrigins)).toBe('table 1 row 4 (重点任务)');
    const lead = plan.assignments.find((a) => a.task === 2 && a.role === 'lead')!;
    expect(plan.lineOrigins[lead.span.line - 1]).toMatchObject({ table: 1, row: 4, column: '牵头单位' });
  });

  it('finds the header in any column order and with other words', () => {
    const shuffled = parseBody({
      format: 'xlsx',
      blocks: [
        table(
          [
            ['工作任务', '责任单位', '牵头单位', '时间节点', '编号'],
            ['建成区域医疗中心3个。', '市财政局', '市卫生健康委', '2023年底前', '1'],
          ],
          'Sheet1',
        ),
      ],
    });
    expect(shuffled.tasks.map((t) => [t.number, t.leads, t.supports, t.deadline])).toEqual([[1, ['市卫生健康委'], ['市财政局'], '2023年底前']]);
    expect(describeLine(shuffled.tasks[0]!.span.line, shuffled.lineOrigins)).toBe('sheet Sheet1 row 2 (工作任务)');
  });

  it('spreads a lead cell merged over several rows to each of them', () => {
    const merged = parseBody({
      format: 'docx',
      blocks: [
        table([
          ['序号', '主要内容', '牵头单位', '责任单位'],
          ['1', '甲任务。', '区发改局', '区财政局'],
          ['2', '乙任务。', '区发改局', '各街道办事处'],
        ]),
      ],
    });
    expect(merged.tasks.map((t) => [t.leads, t.supports])).toEqual([
      [['区发展改革局'], ['区财政局']],
      [['区发展改革局'], ['各街道办事处']],
    ]);
  });

  it('reads a task cell merged over two rows as one task with the units of both', () => {
    const merged = parseBody({
      format: 'docx',
      blocks: [
        table([
          ['序号', '重点任务', '牵头单位', '配合单位'],
          ['1', '甲任务。', '市发改委', '市财政局'],
          ['1', '甲任务。', '市商务局', '市税务局'],
          ['2', '乙任务。', '市教育局', ''],
        ]),
      ],
    });
    expect(merged.tasks.map((t) => [t.number, t.leads, t.supports])).toEqual([
      [1, ['市发展改革委', '市商务局'], ['市财政局', '市税务局']],
      [2, ['市教育局'], []],
    ]);
  });

  it('continues a table over pages: a repeated header, or none', () => {
    const pages = parseBody({
      format: 'html',
      blocks: [
        table([
          ['序号', '重点任务', '牵头单位', '配合单位'],
          ['1', '甲任务。', '市发改委', '市财政局'],
        ]),
        table([
          ['序号', '重点任务', '牵头单位', '配合单位'],
          ['2', '乙任务。', '市商务局', ''],
        ]),
        table([['3', '丙任务。', '市教育局', '团市委']]),
      ],
    });
    expect(pages.tasks.map((t) => [t.number, t.leads, t.supports])).toEqual([
      [1, ['市发展改革委'], ['市财政局']],
      [2, ['市商务局'], []],
      [3, ['市教育局'], ['团市委']],
    ]);
  });

  it('reads a division written in the responsible column with its own role words', () => {
    const mixed = parseBody({
      format: 'tsv',
      blocks: [
        table([
          ['序号', '重点任务', '责任单位', '完成时限'],
          ['1', '甲任务。', '市发改委牵头，市财政局、市税务局配合', '2023年6月底前'],
        ]),
      ],
    });
    expect(mixed.tasks[0]).toMatchObject({ leads: ['市发展改革委'], supports: ['市财政局', '市税务局'], deadline: '2023年6月底前' });
  });

  it('opens sections from a category column', () => {
    const grouped = parseBody({
      format: 'xlsx',
      blocks: [
        table([
          ['类别', '序号', '重点任务', '牵头单位'],
          ['产业发展', '1', '甲任务。', '市发改委'],
          ['产业发展', '2', '乙任务。', '市经信局'],
          ['民生保障', '3', '丙任务。', '市民政局'],
        ]),
      ],
    });
    expect(grouped.tasks.map((t) => [t.number, t.section])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    expect(grouped.sections.map((s) => s.title)).toEqual(['产业发展', '民生保障']);
  });

  it('reads a table that is not a plan table as text, row by row', () => {
    const { text, taskTables } = bodyToSource({ format: 'html', blocks: [table([['联系人', '电话'], ['张三', '12345']])] });
    expect(taskTables).toBe(0);
    expect(text).toBe('联系人 电话\n张三 12345');
  });
});
