/**
 * `npm run bench:load`: loads a synthetic corpus of plans (the seed under 100 document ids,
 * each with its order of tasks rotated so no two are alike) and prints relationships per
 * second for the batched loader, against the same graph written one statement per row
 * (auto-commit, the way a naive loader writes) on a sample in the same run, as a ratio.
 * Also times the seed alone once the database is warm. Needs a running Neo4j
 * (`npm run db:start`); removes everything it wrote.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { parsePlanText } from '../parse/parse-plan';
import { applySchema, loadPlan } from '../load/load-plan';
import { graphRows } from '../load/graph-rows';
import { withIntegers } from '../load/neo4j-values';
import { pickParameters, readCypherFile } from '../../cypher/cypher-file';
import type { ParsedPlan } from '../model';

const PLANS = Number(process.argv[2] ?? 100);
const ROW_BY_ROW_SAMPLE = Number(process.argv[3] ?? 3);
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

/** The same statements, each run once per row with a one-row list, every run its own transaction. */
async function loadRowByRow(driver: Driver, plan: ParsedPlan): Promise<void> {
  const params = withIntegers(graphRows(plan)) as Record<string, unknown[]>;
  const session = driver.session({ database: settings.database });
  try {
    for (const statement of readCypherFile('delete-plan').statements) await session.run(statement, { document: plan.document.id });
    for (const statement of readCypherFile('load-plan').statements) {
      const list = /UNWIND \$(\w+) AS row/.exec(statement)?.[1];
      if (!list) {
        await session.run(statement, pickParameters(statement, params));
        continue;
      }
      for (const row of params[list]!) await session.run(statement, pickParameters(statement, { ...params, [list]: [row] }));
    }
  } finally {
    await session.close();
  }
}

const driver = openDriver(settings);
try {
  await applySchema(driver, settings);
  await removeBenchDocuments(driver);
  const plans = Array.from({ length: PLANS }, (_, i) => syntheticPlan(i + 1));
  // Warm-up: the server compiles and caches each statement once.
  await loadPlan(driver, settings, plans[0]!);
  await removeBenchDocuments(driver);

  let before = await relationshipCount(driver);
  let t0 = performance.now();
  for (const plan of plans) await loadPlan(driver, settings, plan);
  const batchedMs = performance.now() - t0;
  const batchedRels = (await relationshipCount(driver)) - before;
  const batchedRate = batchedRels / (batchedMs / 1000);
  await removeBenchDocuments(driver);

  before = await relationshipCount(driver);
  t0 = performance.now();
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

  console.log(`corpus       ${PLANS} plans of ${seed.tasks.length} tasks (${(batchedRels / PLANS).toFixed(0)} relationships each)`);
  console.log(`batched      ${batchedRels} relationships in ${(batchedMs / 1000).toFixed(2)} s = ${batchedRate.toFixed(0)} rel/s (UNWIND batches, one transaction per plan)`);
  console.log(`row by row   ${rowRels} relationships in ${(rowMs / 1000).toFixed(2)} s = ${rowRate.toFixed(0)} rel/s (one auto-commit statement per row, ${ROW_BY_ROW_SAMPLE} plans)`);
  console.log(`ratio        batched / row by row = ${(batchedRate / rowRate).toFixed(0)}x (target >= 100x)`);
  console.log(`seed         loaded in ${seedTimes[2]!.toFixed(0)} ms (median of 5, warm database; target < 1000 ms)`);
} finally {
  await removeBenchDocuments(driver).catch(() => undefined);
  await driver.close();
}
