/**
 * Excel plans written by exceljs: one table per sheet with content, rows numbered as in Excel,
 * merged ranges (the section row, the lead unit over two tasks) spread, line breaks kept.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../ingest/read/read-xlsx';
import { PlanInputError } from '../../ingest/parse/plan-input-error';
import { divisionXlsx, TABLE_ROWS } from '../support/_fixtures';

async function oneCell(value: ExcelJS.CellValue): Promise<string | undefined> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('表1').getCell('A1').value = value;
  const body = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'one.xlsx');
  const table = body.blocks[0];
  return table?.kind === 'table' ? table.rows[0]?.[0] : undefined;
}

describe('reading Excel workbooks', () => {
  it('reads the sheet as one table, Excel row numbers kept, merges spread, empty sheets skipped', async () => {
    const body = await readXlsx(await divisionXlsx(), 'plan.xlsx');
    expect(body).toEqual({
      format: 'xlsx',
      blocks: [{ kind: 'table', rows: [['', '', '', '', ''], ...TABLE_ROWS], page: null, sheet: '任务分工' }],
    });
  });

  it.each([
    ['a number', 12, '12'],
    ['a date', new Date(Date.UTC(2023, 11, 31)), '2023年12月31日'],
    ['rich text with a line break', { richText: [{ text: '推进城市更新' }, { text: '\r\n完成改造' }] }, '推进城市更新\n完成改造'],
    ['a formula', { formula: 'A2', result: '市发改委' }, '市发改委'],
  ] as const)('reads %s as its text', async (_what, value, text) => {
    expect(await oneCell(value as ExcelJS.CellValue)).toBe(text);
  });

  it('refuses a damaged .xlsx with unreadable-container', async () => {
    const bytes = (await divisionXlsx()).slice(0, 300);
    await expect(readXlsx(bytes, 'broken.xlsx')).rejects.toSatisfy(
      (e: unknown) => e instanceof PlanInputError && e.code === 'unreadable-container',
    );
  });
});
