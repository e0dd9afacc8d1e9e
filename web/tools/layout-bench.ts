/**
 * `npm run bench:layout`: in headless chromium, (1) the time from page load to the laid-out
 * seed network, and (2) fCoSE against Cytoscape's built-in CoSE on synthetic networks of
 * 500, 2,000 and 5,000 nodes in the same run, as ratios. Targets: the seed laid out and
 * interactive within 1 s of load; 2,000 nodes within 3 s. Needs a running Neo4j with the
 * seed loaded (`npm run db:start && npm run ingest -- seeds/`).
 */
import { withServedApp } from './served-app';
import { DRAFT_ABOVE_NODES } from '../src/graph/layout-options';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0).length > 0 ? process.argv.slice(2).map(Number) : [500, 2000, 5000];
const COSE_LIMIT_MS = 120_000;
await withServedApp(async (url, browser) => {
  const loads: Array<{ total: number; layout: number }> = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 60_000 });
    loads.push(await page.evaluate(() => ({ total: window.__fengong!.layoutDoneAt, layout: window.__fengong!.layoutMs })));
    await page.close();
  }
  loads.sort((a, b) => a.total - b.total);
  const median = loads[2]!;
  console.log(`seed network  page load → laid out: median ${median.total.toFixed(0)} ms of 5 (fCoSE itself ${median.layout.toFixed(0)} ms); target < 1000 ms: ${median.total < 1000 ? 'met' : 'NOT met'}`);

  const page = await browser.newPage();
  await page.goto(`${url}bench.html`);
  await page.waitForFunction(() => typeof window.runLayout === 'function');
  for (const n of SIZES) {
    const fcose = await page.evaluate((size) => window.runLayout(size, 'fcose'), n);
    const cose = await Promise.race([
      page.evaluate((size) => window.runLayout(size, 'cose'), n),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), COSE_LIMIT_MS)),
    ]);
    const coseText = cose === null ? `> ${COSE_LIMIT_MS / 1000} s (stopped)` : `${cose.toFixed(0)} ms`;
    const ratio = cose === null ? `> ${(COSE_LIMIT_MS / fcose).toFixed(1)}x` : `${(cose / fcose).toFixed(1)}x`;
    const target = n === 2000 ? `; target fCoSE < 3000 ms: ${fcose < 3000 ? 'met' : 'NOT met'}` : '';
    const quality = n > DRAFT_ABOVE_NODES ? 'draft' : 'default';
    console.log(`${String(n).padStart(5)} nodes   fCoSE (${quality}) ${fcose.toFixed(0)} ms, CoSE ${coseText}, CoSE / fCoSE = ${ratio}${target}`);
    if (cose === null) break;
  }
});
