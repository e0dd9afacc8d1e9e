/**
 * PDFs with a text layer, written by pdfkit with Noto Sans CJK embedded: one paragraph per
 * line with its page, a table row as one line with its cells separated by spaces, pieces of
 * one line joined without spaces; a PDF without text is a scan and refused.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../ingest/read/read-pdf';
import { textLines, type PlacedText } from '../../ingest/read/pdf-lines';
import { PlanInputError } from '../../ingest/parse/plan-input-error';
import { INTRO, TITLE } from '../support/_fixtures';
import { pdfOf, pdfWithoutText } from '../support/_fixtures-pdf';

const COLUMNS = [60, 100, 290, 400, 500];
const row = (y: number, cells: string[]) => cells.map((text, i) => ({ text, x: COLUMNS[i]!, y }));

describe('reading PDFs', () => {
  it('reads the lines of every page with their page number', async () => {
    const bytes = await pdfOf([
      [
        { text: TITLE, x: 60, y: 60 },
        // One line written as two pieces, the second where the first ends (7 characters × 12 pt).
        { text: '为确保政府工作', x: 60, y: 90 },
        { text: '报告确定的目标任务落到实处。', x: 60 + 7 * 12, y: 90 },
        ...row(130, ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']),
        ...row(150, ['1', '推进老旧小区改造。', '市住房城乡建设局', '市发改委', '2023年底前']),
      ],
      [{ text: INTRO, x: 60, y: 60 }, ...row(90, ['2', '新建保障性租赁住房。', '市住房城乡建设局', '市财政局', '年内'])],
    ]);
    const body = await readPdf(bytes, 'plan.pdf');
    expect(body).toEqual({
      format: 'pdf',
      blocks: [
        { kind: 'paragraph', text: TITLE, page: 1 },
        { kind: 'paragraph', text: '为确保政府工作报告确定的目标任务落到实处。', page: 1 },
        { kind: 'paragraph', text: '序号 重点任务 牵头单位 配合单位 完成时限', page: 1 },
        { kind: 'paragraph', text: '1 推进老旧小区改造。 市住房城乡建设局 市发改委 2023年底前', page: 1 },
        { kind: 'paragraph', text: INTRO, page: 2 },
        { kind: 'paragraph', text: '2 新建保障性租赁住房。 市住房城乡建设局 市财政局 年内', page: 2 },
      ],
    });
  });

  it('refuses a PDF with no text layer as scanned-pdf', async () => {
    await expect(readPdf(await pdfWithoutText(), 'scan.pdf')).rejects.toSatisfy(
      (e: unknown) => e instanceof PlanInputError && e.code === 'scanned-pdf' && e.file === 'scan.pdf',
    );
  });

  it('refuses a damaged PDF as unreadable-container', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    await expect(readPdf(bytes, 'broken.pdf')).rejects.toSatisfy(
      (e: unknown) => e instanceof PlanInputError && e.code === 'unreadable-container',
    );
  });
});

describe('rebuilding lines from placed text', () => {
  const at = (text: string, x: number, y: number, size = 12): PlacedText => ({ text, x, y, width: text.length * size, size });
  it.each([
    ['pieces of one baseline, out of order', [at('更新', 84, 700), at('城市', 60, 700)], ['城市更新']],
    ['lines top to bottom (y grows upwards)', [at('第二行', 60, 680), at('第一行', 60, 700)], ['第一行', '第二行']],
    ['a raised footnote mark on the same line', [at('任务', 60, 700), at('1', 84, 704, 7)], ['任务1']],
    ['justified Chinese, characters spread apart', [at('推', 60, 700), at('进', 75, 700), at('改', 90, 700)], ['推进改']],
    ['table cells far apart', [at('牵头单位', 60, 700), at('配合单位', 200, 700)], ['牵头单位 配合单位']],
    ['Latin words with a word space', [at('PM2.5', 60, 700, 10), at('达标', 60 + 50 + 3, 700, 10)], ['PM2.5 达标']],
    ['blank pieces', [at(' ', 60, 700), at('', 70, 690)], []],
  ])('joins %s', (_what, pieces, lines) => {
    expect(textLines(pieces)).toEqual(lines);
  });
});
