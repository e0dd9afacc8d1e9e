/**
 * What `npm run compare` prints and writes: the two plans, how their units were matched, the
 * diff table (per unit or function: tasks led and supported, partners, coordination load and
 * betweenness in each plan with the change) and the ties that changed most; the same table as
 * CSV for Excel. Pure: rows in, text out.
 */
import Papa from 'papaparse';
import type { CompareKey } from '../corpus/keyed-workloads';
import { textTable, truncate, type Column } from './text-columns';

export interface PlanFacts {
  document: string;
  title: string | null;
  region: string | null;
  level: string | null;
  year: number | null;
  identityScope: string | null;
}

export interface DiffRow {
  key: string;
  namesA: string[];
  namesB: string[];
  status: string;
  ledA: number;
  ledB: number;
  primaryA: number;
  primaryB: number;
  supportedA: number;
  supportedB: number;
  partnersA: number;
  partnersB: number;
  loadA: number;
  loadB: number;
  betweennessA: number;
  betweennessB: number;
}

export interface PairRow {
  a: string;
  b: string;
  sharedA: number;
  sharedB: number;
  status: string;
}

export interface CompareReport {
  a: PlanFacts;
  b: PlanFacts;
  by: CompareKey;
  rows: DiffRow[];
  pairs: PairRow[];
  /** The readable name of a key: a function's Chinese name, an identity's latest unit name. */
  label: (key: string) => string;
}

const facts = (p: PlanFacts) => [p.region ?? 'region unknown', p.level ?? 'level unknown', p.year ?? 'year unknown'].join(' · ');
// A change too small to show at the printed precision is no change to a reader.
const signed = (d: number, digits = 0) => (Math.abs(d) < 0.5 / 10 ** digits ? '' : ` ${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(digits)}`);
const change = (a: number, b: number, digits = 0) => `${a.toFixed(digits)} → ${b.toFixed(digits)}${signed(b - a, digits)}`;
const names = (list: readonly string[]) => (list.length === 0 ? '—' : list.join('、'));

/** The matching, said in a sentence: what a reader must know before reading the numbers. */
export function matchingSentence(report: Pick<CompareReport, 'a' | 'b' | 'by'>): string {
  if (report.by === 'function') {
    return 'Matched by function (ingest/dictionaries/unit-functions.json): the units of one function in a plan count as one; a unit with no known function stands for itself.';
  }
  if (report.a.identityScope !== report.b.identityScope) {
    return `Matched by identity, but the plans belong to different scopes (${report.a.identityScope} and ${report.b.identityScope}): no unit can be common to both — compare them with --by function.`;
  }
  return `Matched by identity: the same unit of ${report.a.identityScope} in both plans, renamings followed (ingest/dictionaries/renamings.json).`;
}

export function compareText(report: CompareReport): string {
  const { a, b, rows, pairs, label } = report;
  const columns: ReadonlyArray<Column<DiffRow>> = [
    { title: report.by === 'function' ? 'function' : 'unit', value: (r) => label(r.key) },
    // A unit's names are shown where they are not simply its name: renamed, or several units of a function.
    // The CSV has them all; a terminal row stays readable.
    {
      title: 'units (A → B)',
      value: (r) => (report.by === 'identity' && r.namesA.concat(r.namesB).every((n) => n === label(r.key)) ? '' : truncate(`${names(r.namesA)} → ${names(r.namesB)}`, 48)),
    },
    { title: 'status', value: (r) => r.status },
    { title: 'led', value: (r) => change(r.ledA, r.ledB) },
    { title: 'first lead', value: (r) => change(r.primaryA, r.primaryB) },
    { title: 'supported', value: (r) => change(r.supportedA, r.supportedB) },
    { title: 'partners', value: (r) => change(r.partnersA, r.partnersB) },
    { title: 'coordination load', value: (r) => change(r.loadA, r.loadB) },
    { title: 'betweenness', value: (r) => change(r.betweennessA, r.betweennessB, 3) },
  ];
  const pairColumns: ReadonlyArray<Column<PairRow>> = [
    { title: 'a', value: (p) => label(p.a) },
    { title: 'b', value: (p) => label(p.b) },
    { title: 'shared tasks', value: (p) => change(p.sharedA, p.sharedB) },
    { title: 'status', value: (p) => p.status },
  ];
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return [
    `A  ${a.document}  ${a.title ?? '(no title)'}  (${facts(a)})`,
    `B  ${b.document}  ${b.title ?? '(no title)'}  (${facts(b)})`,
    matchingSentence(report),
    '',
    textTable(rows, columns),
    `${rows.length} ${report.by === 'function' ? 'functions' : 'units'}: ${count('new')} new, ${count('dropped')} dropped, ${count('grown')} grown, ${count('shrunk')} shrunk, ${count('same')} unchanged in coordination load.`,
    '',
    `Ties that changed most (${pairs.length}):`,
    textTable(pairs, pairColumns),
  ].join('\n');
}

/** The diff table as CSV: UTF-8 with a byte-order mark and CRLF, so Excel keeps the Chinese; no cell runs as a formula. */
export function compareCsv(report: CompareReport): string {
  const records = report.rows.map((r) => csvRecord(report, r));
  // Fields and rows apart, so that an empty table still has its header.
  const fields = Object.keys(records[0] ?? csvRecord(report, EMPTY_ROW));
  // A unit's name is text from outside: one a spreadsheet would run as a formula (=, +, -, @)
  // gets an apostrophe; the numbers written here, negative changes included, stay numbers.
  const body = Papa.unparse({ fields, data: records.map((r) => Object.values(r)) }, { newline: '\r\n', escapeFormulae: true });
  // Papa ends a header-only table with a line break and a table with rows without one.
  return '\ufeff' + body.replace(/(?:\r\n)?$/, '\r\n');
}

const EMPTY_ROW: DiffRow = { key: '', namesA: [], namesB: [], status: '', ledA: 0, ledB: 0, primaryA: 0, primaryB: 0, supportedA: 0, supportedB: 0, partnersA: 0, partnersB: 0, loadA: 0, loadB: 0, betweennessA: 0, betweennessB: 0 };

function csvRecord(report: CompareReport, r: DiffRow): Record<string, string | number> {
  return {
    by: report.by,
    key: r.key,
    label: report.label(r.key),
    documentA: report.a.document,
    documentB: report.b.document,
    namesA: r.namesA.join('、'),
    namesB: r.namesB.join('、'),
    status: r.status,
    ledA: r.ledA,
    ledB: r.ledB,
    ledChange: r.ledB - r.ledA,
    primaryA: r.primaryA,
    primaryB: r.primaryB,
    supportedA: r.supportedA,
    supportedB: r.supportedB,
    supportedChange: r.supportedB - r.supportedA,
    partnersA: r.partnersA,
    partnersB: r.partnersB,
    partnersChange: r.partnersB - r.partnersA,
    coordinationLoadA: r.loadA,
    coordinationLoadB: r.loadB,
    coordinationLoadChange: r.loadB - r.loadA,
    betweennessA: Number(r.betweennessA.toFixed(6)),
    betweennessB: Number(r.betweennessB.toFixed(6)),
    betweennessChange: Number((r.betweennessB - r.betweennessA).toFixed(6)),
  };
}
