/**
 * The corpus commands as a user runs them on the real Neo4j: ingest with region and year given
 * on the command line (kept beside what the title said), the report of units no function is
 * known for, and `npm run compare` with its table, its CSV and its refusals.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { driver, read, removeDocuments } from '../support/_database';
import { COMPARE_CORPUS_DIR } from '../support/_corpus';

const run = promisify(execFile);
const command = (script: string, ...args: string[]) =>
  run('npx', ['tsx', script, ...args], { encoding: 'utf8', env: process.env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const ingest = (...args: string[]) => command('ingest/cli/ingest.ts', ...args);
const compare = (...args: string[]) => command('ingest/cli/compare.ts', ...args);
const folder = mkdtempSync(join(tmpdir(), 'fengong-corpus-cli-'));
const copy = (name: string, as: string) => {
  copyFileSync(join(COMPARE_CORPUS_DIR, `${name}.txt`), join(folder, as));
  return join(folder, as);
};

afterAll(async () => {
  const d = driver();
  await removeDocuments(d, 'it-ccli-');
  await d.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run ingest with document facts given', () => {
  const file = copy('ningbo-city-2023', 'it-ccli-ningbo.txt');
  const documentFacts = async () => {
    const d = driver();
    const [row] = await read(d, 'MATCH (d:Document {id: "it-ccli-ningbo"}) RETURN d.region AS region, d.year AS year, d.level AS level, d.givenFacts AS given, d.readFacts AS read');
    await d.close();
    return row;
  };

  it('stores the given region and year, and what the title said', async () => {
    const { code, stdout } = await ingest(file, '--region', '温州市', '--year', '2024');
    expect(code).toBe(0);
    expect(stdout).toMatch(/it-ccli-ningbo\.txt: loaded — 23 tasks.*; given region 温州 \(read: 宁波\), year 2024 \(read: 2023\)/);
    expect(await documentFacts()).toEqual({ region: '温州', year: 2024, level: 'city', given: ['region', 'year'], read: '{"region":"宁波","year":2023}' });
  });

  it('changes nothing when run again alike, and takes the title’s facts again without them', async () => {
    expect((await ingest(file, '--region', '温州', '--year', '2024')).stdout).toMatch(/it-ccli-ningbo\.txt: unchanged/);
    expect((await ingest(file)).stdout).toMatch(/it-ccli-ningbo\.txt: replaced/);
    expect(await documentFacts()).toEqual({ region: '宁波', year: 2023, level: 'city', given: [], read: '{}' });
  });

  it('refuses a bad fact before touching the database', async () => {
    const { code, stderr } = await ingest(file, '--level', 'county');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('fengong: --level county: one of national, province, city, district');
  });

  it('ends a folder with a summary table and names the units no function is known for', async () => {
    const plans = join(folder, 'plans');
    mkdirSync(plans);
    copyFileSync(join(COMPARE_CORPUS_DIR, 'fujian-province-2023.txt'), join(plans, 'it-ccli-fujian.txt'));
    writeFileSync(join(plans, 'it-ccli-odd.txt'), '关于印发2023年重点工作分工方案的通知\n1.推进工作。\n部门分工:省发展改革委牵头,省烧饼办配合。\n');
    const { code, stdout } = await ingest(plans, '--year', '2023');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^file\s+status\s+region\s+level\s+year\s+tasks\s+units\s+assignments\s+findings\s+no function\s+ms$/m);
    expect(stdout).toMatch(/it-ccli-fujian\.txt\s+loaded\s+福建\s+province\s+2023\*\s+25\s+39\s+91\s+\d+\s+0\s+\d+/);
    expect(stdout).toMatch(/it-ccli-odd\.txt\s+loaded\s+—\s+province\s+2023\*\s+1\s+2\s+2\s+\d+\s+1\s+\d+/);
    expect(stdout).toContain('1 plan(s) without a region or a year');
    expect(stdout).toContain('units without a known function: 省烧饼办 (1 plan) — add them to ingest/dictionaries/unit-functions.json');
  });
});

describe('npm run compare', () => {
  it('prints the diff of two years by identity and writes it as CSV', async () => {
    for (const [name, as] of [['zhejiang-province-2021', 'it-ccli-zj21.txt'], ['zhejiang-province-2022', 'it-ccli-zj22.txt']] as const) expect((await ingest(copy(name, as))).code).toBe(0);
    const csv = join(folder, 'diff.csv');
    const { code, stdout, stderr } = await compare('it-ccli-zj21', join(folder, 'it-ccli-zj22.txt'), '--csv', csv);
    expect(code).toBe(0);
    expect(stdout).toContain('Matched by identity: the same unit of province/浙江 in both plans');
    expect(stdout).toMatch(/省经济和信息化厅\s+省经济和信息化委 → 省经济和信息化厅\s+grown\s+3 → 3\s+3 → 3\s+2 → 3 \+1\s+12 → 14 \+2\s+14 → 16 \+2/);
    expect(stdout).toMatch(/省发展改革委\s+grown\s+6 → 6\s+6 → 5 −1\s+7 → 9 \+2\s+27 → 26 −1\s+25 → 26 \+1/);
    expect(stdout).toContain('45 units: 2 new, 3 dropped, 6 grown, 2 shrunk, 32 unchanged in coordination load.');
    expect(stderr).toContain(`wrote ${csv} (45 rows)`);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeffby,key,label,')).toBe(true);
    expect(text.split('\r\n').filter((l) => l.length > 0)).toHaveLength(46);
    expect(text).toContain('identity,province/浙江/省经济和信息化厅,省经济和信息化厅,it-ccli-zj21,it-ccli-zj22,省经济和信息化委,省经济和信息化厅,grown,3,3,0');
  });

  it('matches plans of two regions by function, and says so', async () => {
    expect((await ingest(copy('zhejiang-province-2023', 'it-ccli-zj23.txt'))).code).toBe(0);
    const { code, stdout } = await compare('it-ccli-zj23', 'it-ccli-fujian', '--pairs', '0');
    expect(code).toBe(0);
    expect(stdout).toContain('Matched by function');
    expect(stdout).toMatch(/能源\s+省能源局 → —\s+dropped/);
    expect(stdout).toMatch(/发展改革\s+省发展改革委 → 省发展改革委\s+same\s+6 → 6/);
  });

  it('names an unknown document and what there is instead', async () => {
    const { code, stderr } = await compare('it-ccli-zj21', 'it-ccli-nothing');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^fengong: no document "it-ccli-nothing" in the database \(known: .*it-ccli-zj21/);
  });
});
