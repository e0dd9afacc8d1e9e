/**
 * For the tools that look at the app in a browser (screenshots, layout benchmark): build it,
 * serve it against the configured Neo4j on a free loopback port, open Debian's chromium,
 * and close everything when the work is done.
 */
import type { Browser } from 'playwright-core';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { buildWebApp, serveApp } from '../server/serve-app';
import { launchBrowser } from './chromium';
import { withCanvasProbe } from './canvas-probe';

export async function withServedApp(work: (url: string, browser: Browser) => Promise<void>): Promise<void> {
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  await buildWebApp();
  const app = await serveApp(driver, settings, 0);
  // The benchmark reads layout timings from the canvas probe, injected as the tests do.
  const browser = withCanvasProbe(await launchBrowser());
  try {
    await work(app.url, browser);
  } finally {
    await browser.close();
    await app.close();
    await driver.close();
  }
}
