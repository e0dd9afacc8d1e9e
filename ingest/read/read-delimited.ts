/**
 * CSV and TSV plans to a PlanBody of one table. A CSV comes from Excel ("save as CSV", in
 * GBK on Chinese Windows) and a TSV most often from a Word table copied out as text; both quote
 * a cell that holds line breaks, which papaparse reads as one cell.
 */
import Papa from 'papaparse';
import { decodePlanBytes } from '../parse/decode-text';
import type { PlanBody } from './plan-body';

export async function readCsv(bytes: Uint8Array, file: string): Promise<PlanBody> {
  return readDelimited(bytes, file, 'csv');
}

export async function readTsv(bytes: Uint8Array, file: string): Promise<PlanBody> {
  return readDelimited(bytes, file, 'tsv');
}

/**
 * Record i of the file is row i of the table (empty records kept, so that row numbers match the
 * file's records); records after the last value are dropped and every row is padded to the
 * widest.
 */
async function readDelimited(bytes: Uint8Array, file: string, format: 'csv' | 'tsv'): Promise<PlanBody> {
  // UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030/Big5 by detection: the text decoder's rules.
  const decoded = decodePlanBytes(bytes, file);
  const text = decoded.text.replace(/^\ufeff/, '');
  // A CSV saved in a European locale uses semicolons; only then does papaparse's guess help.
  const delimiter = format === 'tsv' ? '\t' : guessCsvDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data.map((cells) => cells.map((cell) => cell.replace(/\r\n?/g, '\n').trim()));
  let height = records.length;
  while (height > 0 && records[height - 1]!.every((cell) => cell === '')) height--;
  const kept = records.slice(0, height);
  const width = Math.max(0, ...kept.map((cells) => cells.length));
  const rows = kept.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ''));
  const blocks: PlanBody['blocks'] = rows.length > 0 ? [{ kind: 'table', rows, page: null, sheet: null }] : [];
  return { format, blocks, encoding: decoded.encoding };
}

function guessCsvDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
