/**
 * A plan file is recognised by its bytes, whatever it is called: Word, Excel and PDF by their
 * containers, web pages by their markup, CSV/TSV by name or by shape; Office 97–2003 files,
 * RTF and zips that hold no plan are refused with a sentence and a code.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../ingest/read/detect-format';
import { readAnyBody } from '../../ingest/read/read-body';
import { PlanInputError } from '../../ingest/parse/plan-input-error';
import { delimitedText, divisionDocx, divisionXlsx, encoded, plainZip, TABLE_ROWS } from '../support/_fixtures';
import { pdfWithoutText } from '../support/_fixtures-pdf';

/** The first bytes of a compound (OLE2) file and a directory entry naming its main stream. */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Array.from(stream).flatMap((ch) => [ch.charCodeAt(0), 0]), 1024);
  return bytes;
}

async function refusal(bytes: Uint8Array, file: string): Promise<PlanInputError> {
  try {
    await detectFormat(bytes, file);
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error(`${file} was not refused`);
}

/**
 * A table pasted into a text file, longer than the 64 KiB sample detection looks at, padded
 * so that the sample's last byte falls inside a character.
 */
function longPastedTable(encoding: 'utf-8' | 'gbk'): Uint8Array {
  const rows = [TABLE_ROWS[0]!, ...Array.from({ length: 900 }, (_, i) => [String(i + 1), ...TABLE_ROWS[2]!.slice(1)])];
  for (let pad = 0; ; pad++) {
    const bytes = encoded(' '.repeat(pad) + delimitedText(rows, '\t'), encoding);
    const sample = bytes.subarray(0, 64 * 1024);
    const cutInside = (() => {
      try {
        new TextDecoder(encoding === 'gbk' ? 'gb18030' : 'utf-8', { fatal: true }).decode(sample);
        return false;
      } catch {
        return true;
      }
    })();
    if (cutInside) return bytes;
  }
}

const HTML = '<!DOCTYPE html>\n<html><head><meta charset="gbk"></head><body><p>重点任务分工方案</p></body></html>';

describe('recognising plan files by content', () => {
  it.each([
    ['a .docx named .bin', () => divisionDocx(), 'plan.bin', 'docx'],
    ['an .xlsx named .docx', () => divisionXlsx(), 'plan.docx', 'xlsx'],
    ['a PDF named .txt', () => pdfWithoutText(), 'plan.txt', 'pdf'],
    ['a GBK web page named .txt', async () => encoded(HTML, 'gbk'), 'plan.txt', 'html'],
    ['an .htm fragment', async () => encoded('附件：<br><p>分工方案</p>', 'utf-8'), 'plan.htm', 'html'],
    ['a .csv', async () => encoded(delimitedText(TABLE_ROWS, ','), 'gbk'), 'plan.csv', 'csv'],
    ['a .tsv', async () => encoded(delimitedText(TABLE_ROWS, '\t'), 'utf-8'), 'plan.tsv', 'tsv'],
    ['a Word table pasted into a .txt', async () => encoded(delimitedText(TABLE_ROWS, '\t'), 'utf-8'), 'plan.txt', 'tsv'],
    ['a long UTF-8 table pasted into a .txt', async () => longPastedTable('utf-8'), 'plan.txt', 'tsv'],
    ['a long GBK table pasted into a .txt', async () => longPastedTable('gbk'), 'plan.txt', 'tsv'],
    ['text indented with tabs', async () => encoded('\t一、总体要求\n\t1.推进城市更新。\n\t部门分工：市住建局牵头。\n', 'utf-8'), 'plan.txt', 'text'],
    ['plain text', async () => encoded('部门分工:省发展改革委牵头,省财政厅配合。', 'gb18030'), 'plan.txt', 'text'],
  ] as const)('reads %s as %s', async (_what, make, file, format) => {
    expect(await detectFormat(await make(), file)).toBe(format);
  });

  it.each([
    ['a Word 97–2003 .doc', compoundFile('WordDocument'), 'plan.doc', 'legacy-office', '.docx'],
    ['an Excel 97–2003 .xls', compoundFile('Workbook'), 'plan.xls', 'legacy-office', '.xlsx'],
    ['a password-protected .docx', compoundFile('EncryptedPackage'), 'plan.docx', 'unreadable-container', 'password'],
    ['an RTF document', encoded('{\\rtf1\\ansi 分工方案}', 'gbk'), 'plan.doc', 'legacy-office', '.docx'],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'plan.docx', 'unreadable-container', 'damaged'],
  ])('refuses %s', async (_what, bytes, file, code, remedy) => {
    const error = await refusal(bytes, file);
    expect(error.code).toBe(code);
    expect(error.message).toContain(file);
    expect(error.message).toContain(remedy);
  });

  it('refuses a zip that is neither Word nor Excel, naming what it holds', async () => {
    const error = await refusal(await plainZip(), 'plan.zip');
    expect(error.code).toBe('unreadable-container');
    expect(error.message).toContain('readme.txt');
  });

  it('reads any file through one entry: detection, then the format reader', async () => {
    const body = await readAnyBody(await divisionXlsx(), 'attachment');
    expect(body.format).toBe('xlsx');
  });
});
