/**
 * What the corpus commands print: tables whose Chinese columns line up in a terminal, the
 * progress line, the ingest summary, the compare report and its CSV, and the command lines
 * with their refusals — all pure, on rows written here.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { displayWidth, textTable, truncate } from '../../ingest/cli/text-columns';
import { progressLine } from '../../ingest/cli/progress-bar';
import { ingestSummary, type IngestRow } from '../../ingest/cli/ingest-summary';
import { compareCsv, compareText, type CompareReport, type DiffRow } from '../../ingest/cli/compare-report';
import { parseIngestArgs } from '../../ingest/cli/ingest-args';
import { GivenFacts, withGivenFacts } from '../../ingest/corpus/given-facts';
import { parseSnippet } from '../support/_plans';

describe('text columns', () => {
  it('count a Chinese character as two columns', () => {
    expect([displayWidth('省发展改革委'), displayWidth('abc'), displayWidth('省委(市、区)'), displayWidth('—')]).toEqual([12, 3, 12, 1]);
  });

  it('line up a table whatever script its cells are in', () => {
    const table = textTable(
      [
        { unit: '省发展改革委', led: 6 },
        { unit: 'x', led: 12 },
      ],
      [
        { title: 'unit', value: (r) => r.unit },
        { title: 'led', value: (r) => r.led, align: 'right' },
      ],
    );
    const lines = table.trimEnd().split('\n');
    expect(lines).toEqual(['unit          led', '────────────  ───', '省发展改革委    6', 'x              12']);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('cut a long cell with an ellipsis at a column, not in a character', () => {
    expect(truncate('人民银行杭州中心支行、浙江证监局', 11)).toBe('人民银行杭…');
    expect(displayWidth(truncate('人民银行杭州中心支行、浙江证监局', 11))).toBeLessThanOrEqual(11);
  });
});

describe('the progress line', () => {
  it('shows the share done, the count, the time left and the file', () => {
    expect(progressLine({ done: 100, total: 300, elapsedMs: 10_000, label: 'plans/浙江-2021.txt' }, 100)).toBe(
      '[████████░░░░░░░░░░░░░░░░]  100/300   33%  20.0 s left  plans/浙江-2021.txt',
    );
  });

  it('stays within the terminal', () => {
    const line = progressLine({ done: 1, total: 3, elapsedMs: 500, label: '很长的文件名'.repeat(20) }, 60);
    expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });
});

const row = (file: string, over: Partial<IngestRow> = {}): IngestRow => ({
  file,
  status: 'loaded',
  region: '浙江',
  level: 'province',
  year: 2021,
  given: [],
  tasks: 24,
  units: 43,
  assignments: 92,
  findings: 4,
  withoutFunction: 0,
  milliseconds: 120.4,
  ...over,
});

describe('the ingest summary', () => {
  it('has a row per file, marks given facts and totals the loaded plans', () => {
    const text = ingestSummary([row('a.txt'), row('b.txt', { region: '宁波', level: 'city', year: 2022, given: ['year'], withoutFunction: 2 }), row('c.txt', { status: 'not loaded', tasks: 0, units: 0, assignments: 0, findings: 0 })], 2500);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^file\s+status\s+region\s+level\s+year\s+tasks\s+units\s+assignments\s+findings\s+no function\s+ms$/);
    expect(lines[3]).toMatch(/^b\.txt\s+loaded\s+宁波\s+city\s+2022\*\s+24\s+43\s+92\s+4\s+2\s+120$/);
    expect(text).toContain('3 plan file(s): 2 loaded, 1 not loaded; 48 tasks, 184 assignments, 8 findings in 2.5 s');
    expect(text).toContain('* given on the command line');
  });

  it('says which plans cannot take part in a comparison', () => {
    expect(ingestSummary([row('a.txt', { year: null })], 10)).toContain('1 plan(s) without a region or a year: give them with --region and --year');
  });
});

describe('given document facts', () => {
  it('replace the read ones and keep what was read', () => {
    const plan = parseSnippet('宁波市人民政府关于印发2022年重点工作任务分工方案的通知\n1.推进工作。\n部门分工:市发改委牵头。\n');
    expect([plan.document.region, plan.document.year, plan.document.level]).toEqual(['宁波', 2022, 'city']);
    const { plan: given, given: facts } = withGivenFacts(plan, GivenFacts.parse({ region: '浙江省', year: '2023', level: 'province' }));
    expect(given.document).toMatchObject({ region: '浙江', regionSource: null, year: 2023, level: 'province' });
    expect(facts).toEqual([
      { fact: 'region', given: '浙江', read: '宁波' },
      { fact: 'year', given: 2023, read: 2022 },
      { fact: 'level', given: 'province', read: 'city' },
    ]);
    expect(plan.document.region).toBe('宁波');
  });

  it('leave a plan alone when none is given', () => {
    const plan = parseSnippet('1.推进工作。\n部门分工:市发改委牵头。\n');
    expect(withGivenFacts(plan, {}).plan).toBe(plan);
  });
});

describe('the ingest command line', () => {
  it('reads files and the facts to give them', () => {
    expect(parseIngestArgs(['plans', '--region', '浙江', '--year=2022', '--level', 'province', 'more.txt'])).toEqual({
      paths: ['plans', 'more.txt'],
      given: { region: '浙江', year: 2022, level: 'province' },
    });
  });

  it.each([
    [['a.txt', '--year', '22'], '--year 22: a year is between 1949 and 2100'],
    [['a.txt', '--year', 'next'], '--year next: a year is a number such as 2022'],
    [['a.txt', '--level', 'county'], '--level county: one of national, province, city, district'],
    [['a.txt', '--region', 'zj'], '--region zj: a region is written in Chinese characters (浙江, 宁波, 天河区)'],
    [['a.txt', '--region'], '--region needs a value'],
    [['a.txt', '--colour', 'red'], 'unknown option --colour'],
    [['a.txt', '--year', '2021', '--year', '2022'], '--year is given twice'],
  ])('refuses %j with a sentence', (args, message) => {
    expect(() => parseIngestArgs(args)).toThrow(message);
  });
});

const diffRow = (over: Partial<DiffRow>): DiffRow => ({
  key: 'province/浙江/省发展改革委',
  namesA: ['省发展改革委'],
  namesB: ['省发展改革委'],
  status: 'grown',
  ledA: 6,
  ledB: 6,
  primaryA: 6,
  primaryB: 5,
  supportedA: 7,
  supportedB: 9,
  partnersA: 27,
  partnersB: 26,
  loadA: 25,
  loadB: 26,
  betweennessA: 0.5229,
  betweennessB: 0.4857,
  ...over,
});

const report = (rows: DiffRow[]): CompareReport => ({
  a: { document: 'zj-2021', title: '浙江2021', region: '浙江', level: 'province', year: 2021, identityScope: 'province/浙江' },
  b: { document: 'zj-2022', title: '浙江2022', region: '浙江', level: 'province', year: 2022, identityScope: 'province/浙江' },
  by: 'identity',
  rows,
  pairs: [{ a: 'province/浙江/宁波市政府', b: 'province/浙江/省发展改革委', sharedA: 1, sharedB: 0, status: 'disappeared' }],
  label: (key) => key.slice(key.lastIndexOf('/') + 1),
});

describe('the compare report', () => {
  const renamed = diffRow({ key: 'province/浙江/省经济和信息化厅', namesA: ['省经济和信息化委'], namesB: ['省经济和信息化厅'], status: 'grown', loadA: 14, loadB: 16 });

  it('says how units were matched, and shows each change beside the two values', () => {
    const text = compareText(report([diffRow({}), renamed]));
    expect(text).toContain('Matched by identity: the same unit of province/浙江 in both plans, renamings followed');
    expect(text).toMatch(/省发展改革委\s+grown\s+6 → 6\s+6 → 5 −1\s+7 → 9 \+2\s+27 → 26 −1\s+25 → 26 \+1\s+0\.523 → 0\.486 −0\.037/);
    expect(text).toMatch(/省经济和信息化厅\s+省经济和信息化委 → 省经济和信息化厅\s+grown/);
    expect(text).toMatch(/宁波市政府\s+省发展改革委\s+1 → 0 −1\s+disappeared/);
  });

  it('warns when identities cannot match across regions', () => {
    const r = report([]);
    expect(compareText({ ...r, b: { ...r.b, identityScope: 'province/福建' } })).toContain('no unit can be common to both — compare them with --by function');
  });

  it('writes a CSV that Excel opens with the Chinese intact, every number in its column', () => {
    const csv = compareCsv(report([diffRow({}), renamed]));
    expect(csv.startsWith('\ufeffby,key,label,documentA,documentB,namesA,namesB,status,ledA,ledB,ledChange')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trimEnd(), { header: true });
    expect(parsed.data[1]).toMatchObject({ key: 'province/浙江/省经济和信息化厅', namesA: '省经济和信息化委', coordinationLoadA: '14', coordinationLoadB: '16', coordinationLoadChange: '2' });
    expect(parsed.data[0]).toMatchObject({ betweennessChange: '-0.0372', partnersChange: '-1' });
  });

  it('never writes a name a spreadsheet would run as a formula, and keeps negative numbers', () => {
    const csv = compareCsv(report([diffRow({ key: 'province/浙江/=HYPERLINK("x")', namesA: ['=HYPERLINK("x")'], namesB: [], loadB: 0 })]));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trimEnd(), { header: true });
    expect(parsed.data[0]).toMatchObject({ namesA: `'=HYPERLINK("x")`, coordinationLoadChange: '-25' });
  });

  it('keeps the header of an empty table', () => {
    expect(compareCsv(report([]))).toMatch(/^\ufeffby,key,label,.*betweennessChange\r\n$/);
  });
});
