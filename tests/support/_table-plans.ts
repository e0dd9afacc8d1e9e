/**
 * Plans laid out as tables (tests/corpus/tables/*.json), each beside its hand-checked reading,
 * written out by the real writers of every format a table plan travels in: a GB2312 web page
 * with rowspan/colspan, a Word table with vertical merges, an Excel sheet with merged ranges, a
 * Word table copied out as tab-separated text and an Excel sheet saved as CSV. The two plain
 * text formats keep a merged value in its first row only, with blanks below, as Word and Excel
 * write them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { Convention, PlanLevel } from '../../ingest/model';
import { ExpectedPlan } from './_corpus';
import { delimitedText, encoded } from './_fixtures';

export const TABLES_DIR = join(import.meta.dirname, '..', 'corpus', 'tables');
export const SHEET = '任务分工';

const SectionRow = z.object({ section: z.string().min(1) }).strict();
const TaskRow = z
  .object({
    // null: the cell is covered by a merged cell above it.
    cells: z.array(z.string().nullable()),
    /** Column index → how many rows (this one included) the cell covers. */
    span: z.record(z.string().regex(/^\d+$/), z.number().int().min(2)).optional(),
  })
  .strict();

export const TablePlan = z
  .object({
    $comment: z.string(),
    title: z.string(),
    level: PlanLevel,
    /** Reading conventions the notice announces. */
    conventions: z.array(Convention),
    notice: z.array(z.string()).min(1).max(2),
    header: z.array(z.string()).min(3),
    rows: z.array(z.union([SectionRow, TaskRow])),
    expected: ExpectedPlan.shape.tasks,
  })
  .superRefine((plan, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const covered = plan.rows.map(() => new Set<number>());
    plan.rows.forEach((row, r) => {
      if (!('cells' in row)) return;
      if (row.cells.length !== plan.header.length) problem(`row ${r}: ${row.cells.length} cells for ${plan.header.length} columns`);
      for (const [column, count] of Object.entries(row.span ?? {})) {
        for (let k = 1; k < count; k++) {
          const below = plan.rows[r + k];
          if (!below || !('cells' in below)) problem(`row ${r}: column ${column} spans past the section or the table`);
          else covered[r + k]!.add(Number(column));
        }
      }
    });
    plan.rows.forEach((row, r) => {
      if (!('cells' in row)) return;
      row.cells.forEach((cell, c) => {
        if ((cell === null) !== covered[r]!.has(c)) problem(`row ${r} column ${c}: null exactly where a merged cell above covers it`);
      });
    });
    const tasks = plan.rows.filter((row) => 'cells' in row).length;
    if (tasks !== plan.expected.length) problem(`${tasks} task rows for ${plan.expected.length} expected tasks`);
  });
export type TablePlan = z.infer<typeof TablePlan>;

export function tablePlanNames(): string[] {
  return readdirSync(TABLES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

export function readTablePlan(name: string): TablePlan {
  return TablePlan.parse(JSON.parse(readFileSync(join(TABLES_DIR, `${name}.json`), 'utf8')));
}

export const TABLE_FORMATS = ['html', 'docx', 'xlsx', 'tsv', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The plan as a file of the format, and where row i of the plan's rows stands in it. */
export async function writeTablePlan(plan: TablePlan, format: TableFormat): Promise<{ bytes: Uint8Array; fileName: string; rowOf: (i: number) => string }> {
  const fileName = `${plan.title}.${format}`;
  const before = { html: 1, docx: 1, xlsx: 3, csv: 3, tsv: 2 + plan.notice.length }[format];
  const where = format === 'xlsx' ? `sheet ${SHEET}` : 'table 1';
  const rowOf = (i: number) => `${where} row ${before + i + 1}`;
  const bytes = { html: async () => html(plan), docx: () => docx(plan), xlsx: () => xlsx(plan), tsv: async () => tsv(plan), csv: async () => csv(plan) }[format];
  return { bytes: await bytes(), fileName, rowOf };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (text: string) => text.split('\n');

/** A government page in GBK: site navigation, breadcrumbs and scripts around the article. */
function html(plan: TablePlan): Uint8Array {
  const width = plan.header.length;
  const rows = plan.rows.map((row) => {
    if ('section' in row) return `<tr><td colspan="${width}" style="font-weight:bold">${escape(row.section)}</td></tr>`;
    const tds = row.cells.flatMap((cell, c) => {
      if (cell === null) return [];
      const span = row.span?.[String(c)];
      return [`<td${span ? ` rowspan="${span}"` : ''}>${lines(cell).map(escape).join('<br>')}</td>`];
    });
    return `<tr>\n  ${tds.join('\n  ')}\n</tr>`;
  });
  const page = `<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>${escape(plan.title)}_政务公开</title>
<script>var siteName = "政府门户网站"; document.write("<span>" + siteName + "</span>");</script>
<style>table { border-collapse: collapse } td { border: 1px solid #000 }</style></head>
<body>
<div class="topnav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<nav><ul><li>政策文件</li><li>规划计划</li><li>通知公告</li></ul></nav>
<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article">
<h1>${escape(plan.title)}</h1>
${plan.notice.map((p) => `<p>　　${escape(p)}</p>`).join('\n')}
<table width="100%">
<tr>${plan.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>
${rows.join('\n')}
</table>
</div>
<div class="footer">主办单位：人民政府办公室　网站标识码：3400000000</div>
<script>window.analytics && window.analytics.track("page");</script>
</body></html>`;
  return encoded(page, 'gbk');
}

/** A Word document: title, notice, and the table with vertical merges and full-width section rows. */
async function docx(plan: TablePlan): Promise<Uint8Array> {
  const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: lines(text).map((line) => new Paragraph(line)), ...options });
  const header = new TableRow({ tableHeader: true, children: plan.header.map((h) => cell(h)) });
  const body = plan.rows.map((row, r) => {
    if ('section' in row) return new TableRow({ children: [cell(row.section, { columnSpan: plan.header.length })] });
    return new TableRow({
      children: row.cells.map((text, c) => {
        if (text === null) return cell('', { verticalMerge: VerticalMergeType.CONTINUE });
        return row.span?.[String(c)] ? cell(text, { verticalMerge: VerticalMergeType.RESTART }) : cell(text);
      }),
    });
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: plan.title, heading: HeadingLevel.HEADING_1 }),
          ...plan.notice.map((p) => new Paragraph(p)),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** An Excel sheet: a title row and a notice row merged across, the header, merged ranges below. */
async function xlsx(plan: TablePlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  const width = plan.header.length;
  const wrap = { wrapText: true, vertical: 'middle' } as const;
  sheet.getCell(1, 1).value = plan.title;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(2, 1).value = plan.notice.join('\n');
  sheet.getCell(2, 1).alignment = wrap;
  sheet.mergeCells(2, 1, 2, width);
  sheet.getRow(3).values = plan.header;
  plan.rows.forEach((row, i) => {
    const r = i + 4;
    if ('section' in row) {
      sheet.getCell(r, 1).value = row.section;
      sheet.mergeCells(r, 1, r, width);
      return;
    }
    row.cells.forEach((text, c) => {
      if (text === null) return;
      const target = sheet.getCell(r, c + 1);
      // Excel keeps a number typed in the 序号 column as a number.
      target.value = c === 0 && /^\d+$/.test(text) ? Number(text) : text;
      if (text.includes('\n')) target.alignment = wrap;
      const span = row.span?.[String(c)];
      if (span) sheet.mergeCells(r, c + 1, r + span - 1, c + 1);
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A merged cell's value in its first row only, blanks in the rows it covers. */
const copiedCells = (cells: ReadonlyArray<string | null>) => cells.map((cell) => cell ?? '');

/** The Word document selected and pasted as text: paragraphs as lines, then the table's rows. */
function tsv(plan: TablePlan): Uint8Array {
  const rows = [[plan.title], ...plan.notice.map((p) => [p]), plan.header];
  for (const row of plan.rows) rows.push('section' in row ? [row.section] : copiedCells(row.cells));
  return encoded(delimitedText(rows, '\t'), 'utf-8');
}

/** The Excel sheet saved as "CSV UTF-8": every record as wide as the sheet, with a BOM. */
function csv(plan: TablePlan): Uint8Array {
  const pad = (cells: string[]) => [...cells, ...Array<string>(plan.header.length - cells.length).fill('')];
  const rows = [pad([plan.title]), pad([plan.notice.join('\n')]), plan.header];
  for (const row of plan.rows) rows.push('section' in row ? pad([row.section]) : copiedCells(row.cells));
  return encoded(`\ufeff${delimitedText(rows, ',')}`, 'utf-8');
}
