/**
 * `npm start`: the main job on a fresh machine. Starts the local Neo4j (unless NEO4J_URI is
 * set), loads every plan in seeds/, builds and serves the web app, prints its address.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { neo4jSettings } from '../../db/neo4j-settings';
import { PROJECT_ROOT, startLocalNeo4j } from '../../db/local-neo4j';
import { openDriver } from '../../db/connect';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { readPlanFile } from '../../ingest/read/read-plan-file';
import { runCli } from '../../cli/run-cli';
import { buildWebApp, serveApp } from './serve-app';

const port = z.coerce.number().int().min(0).max(65535).default(5180).parse(process.env.PORT);

await runCli(async () => {
  const settings = neo4jSettings();
  if (settings.local) {
    const state = await startLocalNeo4j(settings, (line) => console.log(line));
    console.log(state === 'running' ? `Neo4j already running at ${settings.uri}` : `Neo4j ready at ${settings.uri}`);
  } else console.log(`using Neo4j at ${settings.uri} (NEO4J_URI)`);
  const driver = openDriver(settings);
  await applySchema(driver, settings);
  const seeds = join(PROJECT_ROOT, 'seeds');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const result = await loadPlan(driver, settings, await readPlanFile(join(seeds, file)));
    console.log(`seeds/${file}: ${result.status} (${result.counts.tasks} tasks, ${result.counts.leads + result.counts.supports} assignments)`);
  }
  console.log('building the web app');
  await buildWebApp();
  const app = await serveApp(driver, settings, port);
  console.log(`\nFengong is running at ${app.url}\n(Ctrl-C stops the web app; \`npm run db:stop\` stops the database)`);
  const stop = async () => {
    await app.close();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
});
