/**
 * `npm run bench:load [-- plans sample bigMb]`: loads a synthetic corpus of plans (the seed
 * under 300 document ids, each with its order of tasks rotated so no two are alike) and
 * prints relationships per second for the loader as `npm run ingest` runs it (three plans in
 * flight), against the same loader one plan at a time and against the same graph written one
 * auto-commit statement per task row (the way a naive loader writes) on a sample in the same
 * run, as ratios. Then times the seed alone once the database is warm, and a 10 MB plan (the
 * seed repeated) loaded and replaced, three times. Needs a running Neo4j (`npm run db:start`);
 * removes everything it wrote.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { parsePlanText } from '../parse/parse-plan';
import { applySchema, loadPlan } from '../load/load-plan';
import { graphRows, planFigures } from '../load/graph-rows';
import { loadCorpus, LOADS_IN_FLIGHT } from '../load/load-corpus';
import { batchParameters, figuresParameters, headParameters, taskBatches, type HeadIds } from '../load/load-batches';
import { readCypherFile } from '../../cypher/cypher-file';
import type { ParsedPlan } from '../model';

const PLANS = Number(process.argv[2] ?? 300);
const ROW_BY_ROW_SAMPLE = Number(process.argv[3] ?? 3);
const BIG_MB = Number(process.argv[4] ?? 10);
const BIG_ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const settings = neo4jSettings();
const seedText = readFileSync(fileURLToPath(new URL('../../seeds/guangdong-2022-task-division.txt', import.meta.url)), 'utf8');

function syntheticPlan(i: number): ParsedPlan {
  const lines = seedText.split('\n');
  const body = lines.slice(10);
  const shift = (i * 37) % body.length;
  const text = [...lines.slice(0, 10), ...body.slice(shift), ...body.slice(0, shift)].join('\n');
  const id = `bench-${String(i).padStart(3, '0')}`;
  return parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: String(i).padStart(64, '0'), text });
}

async function relationshipCount(driver: Driver): Promise<number> {
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database: settings.database });
  return r.records[0]!.get('n') as number;
}

async function removeBenchDocuments(driver: Driver): Promise<void> {
  for (;;) {
    const r = await driver.executeQuery(
      'MATCH (n) WHERE n.document STARTS WITH "bench-" OR (n:Document AND n.id STARTS WITH "bench-") WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n',
      {},
      { database: settings.database },
    );
    if ((r.records[0]!.get('n') as number) === 0) return;
  }
}

/** The same statements, the document in one, then each task with its relationships in an auto-commit statement of its own. */
async function loadRowByRow(driver: Driver, plan: ParsedPlan): Promise<void> {
  const rows = graphRows(plan);
  const [head, batch, figures] = readCypherFile('load-plan').statements as [string, string, string];
  const session = driver.session({ database: settings.database });
  try {
    await session.run(readCypherFile('delete-plan').statements[0]!, { document: plan.document.id });
    const record = (await session.run(head, headParameters(rows))).records[0]!;
    const ids: HeadIds = { document: record.get('document'), sections: record.get('sections'), units: record.get('units'), projects: record.get('projects') };
    // Batches of one row: each task alone.
    for (const build of taskBatches(rows, 1)) await session.run(batch, batchParameters(ids, build()));
    await session.run(figures, figuresParameters(ids, planFigures(plan, {}, rows.identities)));
  } finally {
    await session.close();
  }
}

/** The seed repeated to about `mb` MB of text: a plan of 16,000 tasks at 10 MB. */
function bigPlan(mb: number): ParsedPlan {
  const copies = Math.max(1, Math.round((mb * 1024 * 1024) / Buffer.byteLength(seedText)));
  return parsePlanText({ id: 'bench-big', sourceFile: 'bench-big.txt', contentHash: 'b'.repeat(64), text: Array.from({ length: copies }, () => seedText).join('\n') });
}

const driver = openDriver(settings);
try {
  await applySchema(driver, settings);
  await removeBenchDocuments(driver);
  const plans = Array.from({ length: PLANS }, (_, i) => syntheticPlan(i + 1));
  // Warm-up: the server compiles and caches each statement once.
  await loadPlan(driver, settings, plans[0]!);
  await removeBenchDocuments(driver);

  // As `npm run ingest` loads a folder: LOADS_IN_FLIGHT plans at a time, and one at a time
  // for the ratio, each plan in its own transaction either way.
  const corpusRun = async (inFlight: number) => {
    const before = await relationshipCount(driver);
    const t0 = performance.now();
    for await (const outcome of loadCorpus(driver, settings, plans, async (plan) => ({ plan }), { inFlight })) {
      if ('error' in outcome) throw outcome.error;
    }
    const ms = performance.now() - t0;
    const rels = (await relationshipCount(driver)) - before;
    await removeBenchDocuments(driver);
    return { ms, rels, rate: rels / (ms / 1000) };
  };
  const single = await corpusRun(1);
  const corpus = await corpusRun(LOADS_IN_FLIGHT);

  let before = await relationshipCount(driver);
  let t0 = performance.now();
  for (const plan of plans.slice(0, ROW_BY_ROW_SAMPLE)) await loadRowByRow(driver, plan);
  const rowMs = performance.now() - t0;
  const rowRels = (await relationshipCount(driver)) - before;
  const rowRate = rowRels / (rowMs / 1000);
  await removeBenchDocuments(driver);

  const seed = plans[0]!;
  const seedTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    await removeBenchDocuments(driver);
    const result = await loadPlan(driver, settings, seed);
    seedTimes.push(result.milliseconds);
  }
  await removeBenchDocuments(driver);
  seedTimes.sort((a, b) => a - b);

  let big: string[] = [];
  if (BIG_MB > 0) {
    const plan = bigPlan(BIG_MB);
    // Three rounds, since one load of this size varies by a second from run to run here.
    const loads: number[] = [];
    const replacements: number[] = [];
    for (let round = 0; round < BIG_ROUNDS; round++) {
      loads.push((await loadPlan(driver, settings, plan)).milliseconds);
      replacements.push((await loadPlan(driver, settings, { ...plan, document: { ...plan.document, title: `${plan.document.title ?? ''} (2)` } })).milliseconds);
      await removeBenchDocuments(driver);
    }
    const seconds = (ms: number[]) => `${(median(ms) / 1000).toFixed(1)} s (${ms.map((m) => (m / 1000).toFixed(1)).join(', ')})`;
    big = [
      `big plan     ${BIG_MB} MB, ${plan.tasks.length} tasks, ${plan.assignments.length} assignments, median of ${BIG_ROUNDS}: loaded in ${seconds(loads)}, replaced in ${seconds(replacements)} (target <= 5 s)`,
    ];
  }

  console.log(`corpus       ${PLANS} plans of ${seed.tasks.length} tasks (${(corpus.rels / PLANS).toFixed(0)} relationships each)`);
  console.log(`one at a time ${single.rels} relationships in ${(single.ms / 1000).toFixed(2)} s = ${single.rate.toFixed(0)} rel/s (UNWIND batches, one transaction per plan)`);
  console.log(`batched      ${corpus.rels} relationships in ${(corpus.ms / 1000).toFixed(2)} s = ${corpus.rate.toFixed(0)} rel/s (the same, ${LOADS_IN_FLIGHT} plans in flight = ${(corpus.rate / single.rate).toFixed(2)}x one at a time; target >= 50000 rel/s)`);
  if (ROW_BY_ROW_SAMPLE > 0) {
    console.log(`row by row   ${rowRels} relationships in ${(rowMs / 1000).toFixed(2)} s = ${rowRate.toFixed(0)} rel/s (one auto-commit statement per task row, ${ROW_BY_ROW_SAMPLE} plans)`);
    console.log(`ratio        batched / row by row = ${(corpus.rate / rowRate).toFixed(0)}x (target >= 100x)`);
  }
  console.log(`seed         loaded in ${seedTimes[2]!.toFixed(0)} ms (median of 5, warm database; target < 1000 ms)`);
  for (const line of big) console.log(line);
} finally {
  await removeBenchDocuments(driver).catch(() => undefined);
  await driver.close();
}
