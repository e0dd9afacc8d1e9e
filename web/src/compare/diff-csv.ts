/**
 * The diff table as CSV, with the columns `npm run compare -- --csv` writes, so a file from
 * the app and one from the command line line up; written by the app's CSV writer (BOM, CRLF,
 * no cell a spreadsheet would run as a formula).
 */
import { toCsv } from '../export/to-csv';
import type { CompareBy, UnitDiffRow } from './compare-rows';

const HEADER = [
  'by', 'key', 'label', 'documentA', 'documentB', 'namesA', 'namesB', 'status',
  'ledA', 'ledB', 'ledChange', 'primaryA', 'primaryB', 'supportedA', 'supportedB', 'supportedChange',
  'partnersA', 'partnersB', 'partnersChange', 'coordinationLoadA', 'coordinationLoadB', 'coordinationLoadChange',
  'betweennessA', 'betweennessB', 'betweennessChange',
] as const;

const six = (n: number) => Number(n.toFixed(6));

export function diffCsv(rows: readonly UnitDiffRow[], by: CompareBy, documentA: string, documentB: string, label: (key: string) => string): string {
  return toCsv(
    HEADER,
    rows.map((r) => [
      by, r.key, label(r.key), documentA, documentB, r.namesA.join('、'), r.namesB.join('、'), r.status,
      r.ledA, r.ledB, r.ledChange, r.primaryA, r.primaryB, r.supportedA, r.supportedB, r.supportedChange,
      r.partnersA, r.partnersB, r.partnersChange, r.loadA, r.loadB, r.loadChange,
      six(r.betweennessA), six(r.betweennessB), six(r.betweennessB - r.betweennessA),
    ]),
  );
}

/** Hands the text (or bytes) to the browser as a file to save. */
export function download(data: string | Blob | Uint8Array, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data as BlobPart], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
