/**
 * An Excel (.xlsx) plan to a PlanBody: one table per sheet that has content, named after the
 * sheet. exceljs gives a merged cell's value to every cell of its range, which is exactly the
 * spreading PlanBody asks for; line breaks typed in a cell (Alt+Enter) stay as \n.
 */
import ExcelJS from 'exceljs';
import { PlanInputError } from '../parse/plan-input-error';
import type { BodyTable, PlanBody } from './plan-body';

/**
 * Reads every worksheet. Row i of a table is the sheet's row i+1 and column j its column j+1
 * (leading empty rows and columns kept), so that a place in a table is a place the user can
 * find in Excel; empty rows and columns after the last value are dropped.
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<PlanBody> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new PlanInputError(
      'unreadable-container',
      file,
      null,
      `${file}: the Excel file cannot be read — it is damaged or not a real .xlsx; open it in Excel or WPS and save it again as .xlsx`,
    );
  }
  const blocks: BodyTable[] = [];
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column)));
      rows[number - 1] = cells;
    });
    const table = trimmed(Array.from(rows, (row) => row ?? []));
    if (table.length > 0) blocks.push({ kind: 'table', rows: table, page: null, sheet: sheet.name });
  }
  return { format: 'xlsx', blocks };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.master.value; // a cell outside any merge is its own master
  // A date cell holds a Date at UTC midnight; plans write dates as 2023年12月31日.
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return cell.text.replace(/_x000D_/g, '').replace(/\r\n?/g, '\n').trim();
}

/** Drops empty rows and columns after the last value and pads every row to the same width. */
function trimmed(rows: string[][]): string[][] {
  const filled = (row: string[]): number => row.reduce((last, text, i) => (text !== '' ? i + 1 : last), 0);
  let height = rows.length;
  while (height > 0 && filled(rows[height - 1]!) === 0) height--;
  const kept = rows.slice(0, height);
  const width = Math.max(0, ...kept.map(filled));
  return kept.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}
