/**
 * Global setup of the integration tests: the real Neo4j is up (the project's local one is
 * started when NEO4J_URI is unset and it is not running yet) and the seed plans are loaded.
 * Whatever this setup started, it stops again.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jSettings } from '../../db/neo4j-settings';
import { answers, PROJECT_ROOT, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { openDriver } from '../../db/connect';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { readPlanFile } from '../../ingest/read/read-plan-file';

export default async function setup(): Promise<() => Promise<void>> {
  const settings = neo4jSettings();
  let started = false;
  if (settings.local) started = (await startLocalNeo4j(settings)) === 'started';
  else if (!(await answers(settings))) throw new Error(`NEO4J_URI=${settings.uri} does not answer`);
  const driver = openDriver(settings);
  try {
    await applySchema(driver, settings);
    const seeds = join(PROJECT_ROOT, 'seeds');
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      await loadPlan(driver, settings, await readPlanFile(join(seeds, file)));
    }
  } finally {
    await driver.close();
  }
  return async () => {
    if (started) await stopLocalNeo4j();
  };
}
