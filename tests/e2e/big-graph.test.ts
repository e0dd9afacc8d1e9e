/**
 * A plan of more than a thousand units pans a picture of the canvas and leaves the ties out
 * while the view moves (Cytoscape's textureOnViewport and hideEdgesOnViewport); the seed, far
 * smaller, is drawn in full on every frame. Read from the Cytoscape instance the canvas made.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/_browser';
import { seedPlan } from '../support/_plans';
import { BIG_GRAPH_ABOVE_NODES } from '../../web/src/graph/canvas-rendering';

let browser: Browser;
const url = inject('appUrl');
const scratch = mkdtempSync(join(tmpdir(), 'fengong-big-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Keeps the canvas's Cytoscape instance on window.__cy, beside the probe the tests inject. */
const KEEP_INSTANCE = `{
  const probe = window.__fengongProbe;
  window.__fengongProbe = (event) => {
    if (event.type === 'mounted') window.__cy = event.cy;
    if (probe) probe(event);
  };
}`;

async function renderer(page: Page): Promise<{ nodes: number; hideEdgesOnViewport: boolean; textureOnViewport: boolean }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const json = cy.json() as unknown as { hideEdgesOnViewport: boolean; textureOnViewport: boolean };
    return { nodes: cy.nodes().length, hideEdgesOnViewport: json.hideEdgesOnViewport, textureOnViewport: json.textureOnViewport };
  });
}

describe('big networks', () => {
  it('draws the seed in full while panning', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(KEEP_INSTANCE);
    await page.goto(url);
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
    expect(await renderer(page)).toEqual({ nodes: seedPlan().units.length, hideEdgesOnViewport: false, textureOnViewport: false });
    await page.close();
  });

  it('pans a picture without ties for a plan of more than a thousand units', async () => {
    // The seed with 1,050 more units, each supporting one of the seed's tasks in turn (about
    // nine more per task: one task shared by all would make a million ties).
    const plan = seedPlan();
    const tasks = [...new Map(plan.assignments.map((a) => [a.task, a])).values()];
    const extra = Array.from({ length: 1050 }, (_, i) => `省测试单位${String.fromCharCode(0x4e00 + i)}`);
    const big = {
      ...plan,
      document: { ...plan.document, id: 'big-plan', title: 'big-plan' },
      units: [...plan.units, ...extra.map((name) => ({ ...plan.units[0]!, name, aliases: [] }))],
      assignments: [...plan.assignments, ...extra.map((unit, i) => ({ ...tasks[i % tasks.length]!, unit, role: 'support' as const }))],
    };
    const file = join(scratch, 'big-plan.json');
    writeFileSync(file, JSON.stringify(big));
    const page = await openApp(browser, url);
    await page.addInitScript(KEEP_INSTANCE);
    await page.reload();
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent(), { timeout: 30_000 }).toContain('big-plan');
    await expect.poll(() => renderer(page), { timeout: 60_000 }).toEqual({ nodes: big.units.length, hideEdgesOnViewport: true, textureOnViewport: true });
    expect(big.units.length).toBeGreaterThan(BIG_GRAPH_ABOVE_NODES);
    await page.close();
  });
});
