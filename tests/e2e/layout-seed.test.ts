/**
 * The link's seed decides the arrangement: `?seed=7` lays the seed plan out differently from
 * the default seed, the same way every time it is opened, and where the layout function
 * given seed 7 and the page's canvas puts every node.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { seedPlan } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { layoutNetwork } from '../../web/src/graph/layout-network';
import { networkFiltersOf } from '../../web/src/state/network-filters';
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
