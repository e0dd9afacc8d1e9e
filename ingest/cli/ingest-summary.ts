/**
 * The table `npm run ingest` prints after a folder: one row per plan file with its status,
 * the document facts it was loaded with and its size, then a line of totals — what a user
 * checks before comparing plans (a plan without a year or region cannot take part in a trend).
 */
import { textTable, type Column } from './text-columns';

export interface IngestRow {
  file: string;
  /** loaded / replaced / unchanged, or `not loaded` with the reason on standard error. */
  status: string;
  region: string | null;
  level: string | null;
  year: number | null;
  /** Which of region, year and level were given on the command line. */
  given: readonly string[];
  tasks: number;
  units: number;
  assignments: number;
  findings: number;
  /** Units of the plan that map to no function (ingest/dictionaries/unit-functions.json). */
  withoutFunction: number;
  milliseconds: number;
}

const fact = (value: string | number | null, given: boolean) => (value === null ? '—' : given ? `${value}*` : String(value));

const COLUMNS: ReadonlyArray<Column<IngestRow>> = [
  { title: 'file', value: (r) => r.file },
  { title: 'status', value: (r) => r.status },
  { title: 'region', value: (r) => fact(r.region, r.given.includes('region')) },
  { title: 'level', value: (r) => fact(r.level, r.given.includes('level')) },
  { title: 'year', value: (r) => fact(r.year, r.given.includes('year')) },
  { title: 'tasks', value: (r) => r.tasks, align: 'right' },
  { title: 'units', value: (r) => r.units, align: 'right' },
  { title: 'assignments', value: (r) => r.assignments, align: 'right' },
  { title: 'findings', value: (r) => r.findings, align: 'right' },
  { title: 'no function', value: (r) => r.withoutFunction, align: 'right' },
  { title: 'ms', value: (r) => Math.round(r.milliseconds), align: 'right' },
];

export function ingestSummary(rows: readonly IngestRow[], elapsedMs: number): string {
  const loaded = rows.filter((r) => r.status !== 'not loaded');
  const sum = (pick: (r: IngestRow) => number) => loaded.reduce((n, r) => n + pick(r), 0);
  const byStatus = new Map<string, number>();
  for (const r of rows) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
  const notes = [
    `${rows.length} plan file(s): ${statuses}; ${sum((r) => r.tasks)} tasks, ${sum((r) => r.assignments)} assignments, ${sum((r) => r.findings)} findings in ${(elapsedMs / 1000).toFixed(1)} s`,
  ];
  if (rows.some((r) => r.given.length > 0)) notes.push('* given on the command line, not read from the document');
  const missing = loaded.filter((r) => r.region === null || r.year === null).length;
  if (missing > 0) notes.push(`${missing} plan(s) without a region or a year: give them with --region and --year to compare them with others`);
  return textTable(rows, COLUMNS) + notes.join('\n') + '\n';
}
