/**
 * Plan files for the reader tests, written by the real writers of each format (docx, exceljs,
 * iconv-lite): never hand-made XML. One small division table of the genre is written in every
 * format, so that every reader is held to the same rows.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, HeadingLevel } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
export const SECTION = '一、推进城市更新';
export const TASK_1 = ['1', '推进老旧小区改造。\n完成改造200个。', '市住房城乡建设局', '市发改委、市财政局', '2023年12月底前'];
export const TASK_2 = ['2', '新建保障性租赁住房1万套。', '市住房城乡建设局', '市自然资源和规划局', '2023年底前'];

/**
 * The table as every reader must give it: the section row's one cell in all five columns, the
 * lead unit merged over tasks 1 and 2 in both rows, the two-line task cell with its \n.
 */
export const TABLE_ROWS: string[][] = [HEADER, Array<string>(5).fill(SECTION), TASK_1, TASK_2];

export const TITLE = '某市2023年政府工作报告重点任务分工方案';
export const INTRO = '为确保政府工作报告确定的目标任务落到实处，现将重点任务分工如下。';

/** The plan as a Word document: title, introduction, the table (merged cells), a closing line. */
export async function divisionDocx(): Promise<Uint8Array> {
  const cell = (lines: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    // A line of a cell is a paragraph of its own in Word: a cell with two paragraphs.
    new TableCell({ children: lines.split('\n').map((line) => new Paragraph(line)), ...options });
  const [n1, task1, lead, support1, due1] = TASK_1 as [string, string, string, string, string];
  const [n2, task2, , support2, due2] = TASK_2 as [string, string, string, string, string];
  const table = new Table({
    rows: [
      new TableRow({ children: HEADER.map((h) => cell(h)) }),
      new TableRow({ children: [cell(SECTION, { columnSpan: 5 })] }),
      new TableRow({
        children: [cell(n1), cell(task1), cell(lead, { verticalMerge: VerticalMergeType.RESTART }), cell(support1), cell(due1)],
      }),
      new TableRow({
        children: [cell(n2), cell(task2), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell(support2), cell(due2)],
      }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun(INTRO), new TextRun({ text: '各单位要按要求落实。', break: 1 })] }),
          table,
          new Paragraph('附件：无'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The table on a sheet named 任务分工, from row 2 (row 1 left empty), and a second, empty sheet. */
export async function divisionXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务分工');
  sheet.getRow(2).values = HEADER;
  sheet.getCell('A3').value = SECTION;
  sheet.mergeCells('A3:E3');
  sheet.getRow(4).values = TASK_1.map((v, i) => (i === 0 ? Number(v) : v));
  sheet.getRow(5).values = TASK_2.map((v, i) => (i === 0 ? Number(v) : i === 2 ? null : v));
  sheet.mergeCells('C4:C5');
  sheet.getCell('B4').alignment = { wrapText: true };
  workbook.addWorksheet('空白');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The table as CSV or TSV text: cells with line breaks quoted, as Excel and Word write them. */
export function delimitedText(rows: string[][], delimiter: ',' | '\t'): string {
  const quote = (cell: string) => (/["\n,\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/** Text in a legacy Chinese encoding, by iconv-lite's encoders (not the decoder under test). */
export function encoded(text: string, encoding: 'gb18030' | 'gbk' | 'gb2312' | 'big5' | 'utf-8'): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

/** A zip that is neither Word nor Excel, made by the zip writer the Office libraries use. */
export async function plainZip(): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('readme.txt', '说明');
  zip.file('data/plan.csv', '序号,重点任务');
  return zip.generateAsync({ type: 'uint8array' });
}
