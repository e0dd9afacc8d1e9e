/** The corpus page's rows filtered and sorted as the reader asks. Pure. */
import type { CorpusRow } from './compare-rows';

export type CorpusColumn = 'title' | 'region' | 'level' | 'year' | 'tasks' | 'units' | 'assignments' | 'findings';
export interface CorpusFilter {
  region: string;
  level: string;
  year: string;
}
export interface CorpusSort {
  column: CorpusColumn;
  descending: boolean;
}

const LEVEL_ORDER = ['national', 'province', 'city', 'district'];

function value(row: CorpusRow, column: CorpusColumn): string | number {
  if (column === 'title') return row.title ?? row.document;
  if (column === 'level') return row.level ? LEVEL_ORDER.indexOf(row.level) : -1;
  if (column === 'region') return row.region ?? '';
  if (column === 'year') return row.year ?? -1;
  return row[column];
}

export function corpusRows(rows: readonly CorpusRow[], filter: CorpusFilter, sort: CorpusSort): CorpusRow[] {
  const kept = rows.filter(
    (r) => (filter.region === '' || r.region === filter.region) && (filter.level === '' || r.level === filter.level) && (filter.year === '' || String(r.year) === filter.year),
  );
  const sign = sort.descending ? -1 : 1;
  // Ties keep the document order, so a sort never shuffles rows of equal value.
  return kept
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const [a, b] = [value(x.row, sort.column), value(y.row, sort.column)];
      return (a < b ? -1 : a > b ? 1 : 0) * sign || x.i - y.i;
    })
    .map((x) => x.row);
}

/** The distinct values of a column for its filter, in order. */
export function choices(rows: readonly CorpusRow[], column: 'region' | 'level' | 'year'): string[] {
  const values = [...new Set(rows.map((r) => r[column]).filter((v) => v !== null).map(String))];
  return column === 'level' ? values.sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)) : values.sort();
}
