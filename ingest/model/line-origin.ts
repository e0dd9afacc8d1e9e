/**
 * Where a line of the text the parser read stands in the file the user has: a page of a PDF,
 * or a row of a table (its number among the document's tables, or its sheet). Plain text
 * files need none: their line numbers are the file's own.
 */
import { z } from 'zod';

export const LineOrigin = z.object({
  /** 1-based page of a PDF. */
  page: z.number().int().positive().nullable(),
  /** 1-based number of the table among the document's tables. */
  table: z.number().int().positive().nullable(),
  /** 1-based row of that table, its header rows included, as a reader counts them. */
  row: z.number().int().positive().nullable(),
  /** The table column the line was read from (重点任务, 牵头单位 …). */
  column: z.string().nullable(),
  /** Sheet of a spreadsheet. */
  sheet: z.string().nullable(),
});
export type LineOrigin = z.infer<typeof LineOrigin>;

/** How a reader finds a line in the file: 表 1 第 12 行, 第 3 页, or the line number. */
export function describeLine(line: number, origins: readonly LineOrigin[]): string {
  const origin = origins[line - 1];
  if (!origin) return `line ${line}`;
  if (origin.table !== null && origin.row !== null) {
    const where = origin.sheet ? `sheet ${origin.sheet}` : `table ${origin.table}`;
    return `${where} row ${origin.row}${origin.column ? ` (${origin.column})` : ''}`;
  }
  if (origin.page !== null) return `page ${origin.page}`;
  return `line ${line}`;
}
