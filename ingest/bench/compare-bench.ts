/**
 * `npm run bench:compare [-- 300]`: the compare queries at the size of a real corpus. Loads the
 * six plans of the comparison corpus and times the corpus list, a compare by identity (two
 * years of a province), a compare by function (two provinces), a trend (省发展改革委 over a
 * province's years), a function's trend in a city and the shares of leads; then generates 300
 * plans from them (ingest/bench/compare-corpus.ts), ingests the folder with `npm run ingest` as
 * a user would, and times the same queries again. Prints the figures and the ratios of the
 * large corpus to the small one; asserts nothing. Needs a running Neo4j (`npm run db:start`;
 * FENGONG_NEO4J_PORT and FENGONG_NEO4J_HOME give the benchmark a database of its own) and
 * removes everything it wrote.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { runNamedQuery, type QueryName } from '../../cypher/named-queries';
import { generateCorpus, type BasePlan } from './compare-corpus';

const COUNT = Number(process.argv[2] ?? 300);
const PREFIX = 'bench-cmp-';
const RUNS = 15;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const settings = neo4jSettings();
const driver = openDriver(settings);

const base = (name: string, region: string, year: number, level: BasePlan['level']): BasePlan => ({
  text: readFileSync(join(ROOT, 'tests/corpus/compare', `${name}.txt`), 'utf8'),
  region,
  year,
  level,
});
const provinces = [base('zhejiang-province-2021', '浙江', 2021, 'province'), base('zhejiang-province-2022', '浙江', 2022, 'province'), base('zhejiang-province-2023', '浙江', 2023, 'province'), base('fujian-province-2023', '福建', 2023, 'province')];
const cities = [base('ningbo-city-2022', '宁波', 2022, 'city'), base('ningbo-city-2023', '宁波', 2023, 'city')];

async function removeBenchDocuments(): Promise<void> {
  for (;;) {
    const r = await driver.executeQuery(
      `MATCH (n) WHERE n.document STARTS WITH "${PREFIX}" OR (n:Document AND n.id STARTS WITH "${PREFIX}") WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n`,
      {},
      { database: settings.database },
    );
    if ((r.records[0]!.get('n') as number) === 0) return;
  }
}

async function ingestFolder(folder: string): Promise<{ ms: number; summary: string }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'ingest/cli/ingest.ts', folder], { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const totals = stdout.split('\n').filter((l) => /plan file\(s\):|without a known function/.test(l));
  return { ms: performance.now() - started, summary: totals.join('\n') };
}

interface Timing {
  first: number;
  median: number;
  rows: number;
}

async function time(name: QueryName, params: Record<string, unknown>): Promise<Timing> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows = (await runNamedQuery(driver, settings, name, params)).length;
    times.push(performance.now() - started);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { first: times[0]!, median: warm[Math.floor(warm.length / 2)]!, rows };
}

/** The queries a compare page, a trend chart and a ranking run, on the documents of this size. */
async function timeQueries(ids: { a: string; b: string; other: string }): Promise<Array<[string, Timing]>> {
  return [
    ['corpus list', await time('corpus', {})],
    ['compare by identity', await time('compare-plans', { documentA: ids.a, documentB: ids.b, by: 'identity' })],
    ['compare by function', await time('compare-plans', { documentA: ids.b, documentB: ids.other, by: 'function' })],
    ['ties that changed', await time('compare-pairs', { documentA: ids.a, documentB: ids.b, by: 'identity' })],
    ['trend of a unit', await time('trend', { region: '浙江', level: 'province', by: 'identity', key: 'province/浙江/省发展改革委' })],
    ['trend of a function', await time('trend', { region: '宁波', level: 'city', by: 'function', key: 'development-and-reform' })],
    ['shares of leads', await time('lead-shares', { level: 'province', year: 2023 })],
  ];
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
const folder = mkdtempSync(join(tmpdir(), 'fengong-compare-bench-'));
try {
  await removeBenchDocuments();
  const small = join(folder, 'small');
  const large = join(folder, 'large');
  mkdirSync(small);
  mkdirSync(large);
  const write = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), text);
  // The six plans as they are, then the generated ones moved to other regions and years.
  const names = ['zhejiang-province-2021', 'zhejiang-province-2022', 'zhejiang-province-2023', 'fujian-province-2023', 'ningbo-city-2022', 'ningbo-city-2023'];
  for (const name of names) write(small, `${PREFIX}${name}.txt`, readFileSync(join(ROOT, 'tests/corpus/compare', `${name}.txt`), 'utf8'));
  const generated = generateCorpus(provinces, cities, COUNT - names.length, `${PREFIX}g`);
  for (const plan of generated) write(large, plan.file, plan.text);
  const ids = { a: `${PREFIX}zhejiang-province-2022`, b: `${PREFIX}zhejiang-province-2023`, other: `${PREFIX}fujian-province-2023` };

  const ingestSmall = await ingestFolder(small);
  // The server compiles each query and warms up once; neither belongs to the small corpus's figures.
  await timeQueries(ids);
  const before = await timeQueries(ids);
  const ingestLarge = await ingestFolder(large);
  const after = await timeQueries(ids);

  const total = names.length + generated.length;
  console.log(`Compare benchmark — Neo4j at ${settings.uri}; each query run ${RUNS} times: the median of all but the first, and the first`);
  console.log(`run once the large corpus is in (the server may plan a query again for the new statistics); ratio: ${COUNT} plans ÷ 6 plans.\n`);
  console.log(`ingest ${names.length} plans:   ${(ingestSmall.ms / 1000).toFixed(1)} s`);
  console.log(`ingest ${generated.length} more: ${(ingestLarge.ms / 1000).toFixed(1)} s (${((ingestLarge.ms / generated.length)).toFixed(0)} ms a plan, the command's start included)`);
  console.log(ingestLarge.summary);
  console.log(`\n${'query'.padEnd(22)}${'rows'.padStart(6)}  ${`${names.length} plans`.padStart(10)}  ${`${total} plans`.padStart(10)}  ${'first'.padStart(10)}  ratio`);
  for (const [i, [label, small6]] of before.entries()) {
    const big = after[i]![1];
    console.log(`${label.padEnd(22)}${String(big.rows).padStart(6)}  ${ms(small6.median)}  ${ms(big.median)}  ${ms(big.first)}  ${(big.median / small6.median).toFixed(2)}×`);
  }
} finally {
  await removeBenchDocuments();
  await driver.close();
  rmSync(folder, { recursive: true, force: true });
}
