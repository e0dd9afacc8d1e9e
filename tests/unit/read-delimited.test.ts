/**
 * CSV from Excel (UTF-8 with a BOM, or GBK as Chinese Windows saves it) and TSV from a Word
 * table copied out as text: quoted cells with line breaks stay one cell. These formats carry
 * no merged cells: a merged range arrives with its value in its first cell only.
 */
import { describe, expect, it } from 'vitest';
import { readCsv, readTsv } from '../../ingest/read/read-delimited';
import { delimitedText, encoded, HEADER, SECTION, TASK_1, TASK_2 } from '../support/_fixtures';

/** The division table as Excel writes it to CSV: merged cells' values in the first cell only. */
const FLAT_ROWS = [HEADER, [SECTION, '', '', '', ''], TASK_1, TASK_2.map((cell, i) => (i === 2 ? '' : cell))];

describe('reading CSV and TSV', () => {
  it.each([
    ['UTF-8 with a BOM', '\ufeff', 'utf-8', 'utf-8'],
    ['GBK', '', 'gbk', 'gb18030'],
    ['GB18030', '', 'gb18030', 'gb18030'],
  ] as const)('reads a CSV in %s', async (_what, bom, encoding, decodedAs) => {
    const body = await readCsv(encoded(bom + delimitedText(FLAT_ROWS, ','), encoding), 'plan.csv');
    expect(body).toEqual({ format: 'csv', blocks: [{ kind: 'table', rows: FLAT_ROWS, page: null, sheet: null }], encoding: decodedAs });
  });

  it('reads a Word table copied out as tab-separated text, trailing empty records dropped', async () => {
    const text = `${delimitedText(FLAT_ROWS, '\t')}\r\n\r\n`;
    const body = await readTsv(encoded(text, 'utf-8'), 'plan.tsv');
    expect(body.blocks).toEqual([{ kind: 'table', rows: FLAT_ROWS, page: null, sheet: null }]);
  });

  it('pads short records to the widest', async () => {
    const body = await readCsv(encoded('序号,重点任务,牵头单位\n1,推进城市更新\n', 'utf-8'), 'short.csv');
    expect(body.blocks).toEqual([{ kind: 'table', rows: [['序号', '重点任务', '牵头单位'], ['1', '推进城市更新', '']], page: null, sheet: null }]);
  });

  it('gives no blocks for an empty CSV', async () => {
    expect((await readCsv(encoded('\r\n\r\n', 'utf-8'), 'empty.csv')).blocks).toEqual([]);
  });
});
