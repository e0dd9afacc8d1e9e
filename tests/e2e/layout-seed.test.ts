/**
 * The link's seed decides the arrangement: `?seed=7` lays the seed plan out differently from
 * the default seed, the same way every time it is opened, and where the layout function
 * given seed 7 and the page's canvas puts every node. A network too big for the page is laid
 * out in the worker, to the same positions.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { seedPlan } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { layoutNetwork } from '../../web/src/graph/layout-network';
import { networkFiltersOf } from '../../web/src/state/network-filters';
import { OFF_THREAD_ABOVE_NODES } from '../../web/src/graph/layout-off-thread';
import { INITIAL_VIEW } from '../../web/src/state/view-slice';

const url = inject('appUrl');
const browser = browserForThisFile();
const plan = seedPlan();

async function arrangement(query: string): Promise<{ positions: Record<string, { x: number; y: number }>; canvas: { width: number; height: number } | null }> {
  const page: Page = await openSeedPage(browser(), url, query);
  const read = await page.evaluate(() => ({ positions: window.__fengong!.positions(), canvas: window.__fengong!.layoutCanvas }));
  await page.close();
  return read;
}

describe('the layout seed of a link', () => {
  it('gives another arrangement for seed=7, the same on every opening, as the layout function draws it', async () => {
    const first = await arrangement('');
    const seven = await arrangement('seed=7');
    const again = await arrangement('seed=7');
    const filters = networkFiltersOf({ plan, sections: [], kinds: [], minShared: INITIAL_VIEW.minShared, roles: INITIAL_VIEW.roles, showIsolated: INITIAL_VIEW.showIsolated });
    const network = buildNetwork('collaboration', plan, filters);
    // The units drawn at first: the ones a reader compares.
    const shown = network.nodes.filter((n) => !n.hidden).map((n) => n.id);
    expect(shown.length).toBeGreaterThan(20);
    const at = (read: typeof first) => Object.fromEntries(shown.map((id) => [id, read.positions[id]]));
    const moved = shown.filter((id) => Math.hypot(first.positions[id]!.x - seven.positions[id]!.x, first.positions[id]!.y - seven.positions[id]!.y) > 5);
    expect(moved.length).toBeGreaterThan(shown.length / 2);
    expect(at(again)).toEqual(at(seven));
    const expected = layoutNetwork(network, 7, seven.canvas!);
    expect(at(seven)).toEqual(Object.fromEntries(shown.map((id) => [id, expected[id]])));
  });
});

describe('a network too big to lay out in the page', () => {
  it('is laid out in the worker, where the layout function puts every node', async () => {
    // The seed with 150 more units, each supporting one of its tasks: at one shared task,
    // more than OFF_THREAD_ABOVE_NODES units are shown.
    const tasks = [...new Map(plan.assignments.map((a) => [a.task, a])).values()];
    const extra = Array.from({ length: 150 }, (_, i) => `省测试机构${String.fromCharCode(0x4e00 + i)}`);
    const medium = {
      ...plan,
      document: { ...plan.document, id: 'medium-plan', title: 'medium-plan' },
      units: [...plan.units, ...extra.map((name) => ({ ...plan.units[0]!, name, aliases: [] }))],
      assignments: [...plan.assignments, ...extra.map((unit, i) => ({ ...tasks[i % tasks.length]!, unit, role: 'support' as const }))],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-medium-')), 'medium-plan.json');
    writeFileSync(file, JSON.stringify(medium));
    const page = await openSeedPage(browser(), url, 'min=1');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForSelector('.graph-canvas[data-layout^="medium-plan|"]', { timeout: 60_000 });
    const read = await page.evaluate(() => ({ positions: window.__fengong!.positions(), canvas: window.__fengong!.layoutCanvas }));
    await page.close();
    const network = buildNetwork('collaboration', medium, { sections: [], kinds: [], minShared: 1, roles: 'all', showIsolated: false });
    const shown = network.nodes.filter((n) => !n.hidden).map((n) => n.id);
    expect(shown.length).toBeGreaterThan(OFF_THREAD_ABOVE_NODES);
    expect(workers.some((w) => w.includes('layout-worker'))).toBe(true);
    const expected = layoutNetwork(network, 1, read.canvas!);
    expect(Object.fromEntries(shown.map((id) => [id, read.positions[id]]))).toEqual(Object.fromEntries(shown.map((id) => [id, expected[id]])));
  });
});
