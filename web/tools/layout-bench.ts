/**
 * `npm run bench:layout`: in headless chromium, (1) the time from page load to the laid-out
 * seed network, (2) frames per second while a 1,200-node, 16,000-tie network is dragged, with
 * and without the big-graph rendering, in turns, as a ratio, and (3) fCoSE against Cytoscape's
 * built-in CoSE on synthetic networks of 500, 2,000 and 5,000 nodes in the same run, as ratios.
 * Targets: the seed laid out and interactive within 1 s of load; 2,000 nodes within 3 s. Needs
 * a running Neo4j with the seed loaded (`npm run db:start && npm run ingest -- seeds/`).
 */
import type { Page } from 'playwright-core';
import { withServedApp } from './served-app';
import { DRAFT_ABOVE_NODES } from '../src/graph/layout-options';
import type { CanvasRendering } from '../src/graph/canvas-rendering';
import type { PanCount } from '../src/bench/pan-bench-page';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0).length > 0 ? process.argv.slice(2).map(Number) : [500, 2000, 5000];
const COSE_LIMIT_MS = 120_000;
const PAN = { nodes: 1200, ties: 16_000, seconds: 3, rounds: 2 };

/** Drags the view by its empty corner in a loop for PAN.seconds, as a hand would, and counts the frames drawn. */
async function panFrames(page: Page): Promise<PanCount> {
  const box = (await page.locator('#graph').boundingBox())!;
  const [x0, y0] = [box.x + 10, box.y + 10];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.evaluate(() => window.startCounting());
  const started = Date.now();
  while (Date.now() - started < PAN.seconds * 1000) {
    const t = (Date.now() - started) / 400;
    await page.mouse.move(x0 + 220 * Math.sin(t), y0 + 160 * (1 - Math.cos(t)));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  const count = await page.evaluate(() => window.stopCounting());
  await page.mouse.up();
  return count;
}

const fps = (c: PanCount) => (c.renders * 1000) / c.ms;
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
  await page.waitForFunction(() => typeof window.runLayout === 'function' && typeof window.drawForPanning === 'function');
  const gpu = await page.evaluate(() => window.gpu());
  const settings: Array<[string, CanvasRendering]> = [
    ['plain', { big: false, webgl: false }],
    ['big-graph', { big: true, webgl: false }],
    ...(gpu ? ([['big-graph + WebGL', { big: true, webgl: true }]] as Array<[string, CanvasRendering]>) : []),
  ];
  const counts = new Map<string, PanCount[]>(settings.map(([name]) => [name, []]));
  let size = { nodes: 0, edges: 0 };
  // In turns, so that whatever else the machine does weighs on every setting alike.
  for (let round = 0; round < PAN.rounds; round++) {
    for (const [name, rendering] of settings) {
      size = await page.evaluate(({ nodes, ties, rendering }) => window.drawForPanning(nodes, ties, rendering), { nodes: PAN.nodes, ties: PAN.ties, rendering });
      counts.get(name)!.push(await panFrames(page));
    }
  }
  const mean = (name: string) => {
    const all = counts.get(name)!;
    return fps({ renders: all.reduce((s, c) => s + c.renders, 0), frames: 0, ms: all.reduce((s, c) => s + c.ms, 0) });
  };
  for (const [name] of settings) {
    console.log(`panning ${size.nodes} nodes / ${size.edges} ties, ${name.padEnd(17)} ${mean(name).toFixed(1)} frames/s drawn (rounds: ${counts.get(name)!.map((c) => fps(c).toFixed(1)).join(', ')})`);
  }
  console.log(`panning       big-graph / plain = ${(mean('big-graph') / mean('plain')).toFixed(1)}x frames per second${gpu ? '' : '; WebGL not measured: this browser has no GPU (WebGL is offered only with one)'}`);
  await page.reload();
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
    console.log(`${String(n).padStart(5)} nodes   layout (fCoSE ${quality}, then overlaps parted) ${fcose.toFixed(0)} ms, CoSE ${coseText}, CoSE / fCoSE = ${ratio}${target}`);
    if (cose === null) break;
  }
});
