/**
 * `npm run bench:export`: how long a presenter waits for a picture. In headless chromium
 * against the served app, the first SVG export of the collaboration view (outlines fetched
 * from the server, the font read there for the first time) and a repeated one (outlines
 * cached), the 2× PNG and the PPTX; then each picture format from the command line, process
 * start included. Needs a running Neo4j with the seed loaded. Prints figures, asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp } from './chromium';
import { withServedApp } from './served-app';

const SEED = 'seeds/guangdong-2022-task-division.txt';
const scratch = mkdtempSync(join(tmpdir(), 'fengong-bench-'));

async function timedExport(page: Page, choice: string): Promise<number> {
  await page.locator('.export-menu select').selectOption(choice);
  const started = Date.now();
  await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()]);
  return Date.now() - started;
}

await withServedApp(async (url, browser) => {
  const page = await openApp(browser, `${url}?min=3`);
  const first = await timedExport(page, 'svg');
  const repeats = [];
  for (let i = 0; i < 5; i++) repeats.push(await timedExport(page, 'svg'));
  repeats.sort((a, b) => a - b);
  console.log(`app  SVG, first export (server reads the font): ${first} ms; target < 1000 ms: ${first < 1000 ? 'met' : 'NOT met'}`);
  console.log(`app  SVG, repeated (outlines cached): median ${repeats[2]} ms of 5`);
  console.log(`app  PNG 2×: ${await timedExport(page, 'png@2x')} ms`);
  console.log(`app  PPTX: ${await timedExport(page, 'pptx')} ms`);
  await page.close();
});

for (const format of ['svg', 'svg-text', 'png', 'pptx', 'graphml']) {
  const started = Date.now();
  execFileSync('npx', ['tsx', 'web/tools/export.ts', SEED, '--min', '3', '--format', format, '--out', scratch], { stdio: 'ignore' });
  console.log(`cli  ${format.padEnd(8)} ${Date.now() - started} ms (process start included)`);
}
