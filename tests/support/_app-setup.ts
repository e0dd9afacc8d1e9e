/**
 * Global setup of the browser tests: the real Neo4j with the seeds loaded (as for the
 * integration tests), the web app built and served on a free loopback port. The URL
 * reaches the tests through `inject('appUrl')`.
 */
import type { TestProject } from 'vitest/node';
import databaseSetup from './_database-setup';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { buildWebApp, serveApp } from '../../web/server/serve-app';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopDatabase = await databaseSetup();
  await buildWebApp();
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  const app = await serveApp(driver, settings, 0);
  project.provide('appUrl', app.url);
  return async () => {
    await app.close();
    await driver.close();
    await stopDatabase();
  };
}
