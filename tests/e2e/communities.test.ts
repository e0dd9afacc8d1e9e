/**
 * Communities: the panel shows the Louvain partition of the co-ownership network (seeded, so
 * the same on every run) with its modularity and members; the graph colours units by
 * community on request, and the layout that keeps communities together is the one the
 * command line draws with --group communities.
 */
import { describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { drawing, laidOut } from '../support/_drawing';
import { SEED_FILE, seedPlan } from '../support/_plans';
import { COMMUNITY_SEED, planCommunities } from '../../web/src/graph/communities';
import { communityColour } from '../../web/src/graph/community-palette';

const run = promisify(execFile);
const url = inject('appUrl');
const plan = seedPlan();
const expected = planCommunities(plan, { sections: [], kinds: [], minShared: 3, roles: 'all' }, COMMUNITY_SEED);
const browser = browserForThisFile();

describe('communities of the seed', () => {
  it('are listed with their modularity and members, and colour the units on request', async () => {
    const page = await openSeedPage(browser(), url, `panel=communities`);
    expect(await page.locator('[data-testid="modularity"]').textContent()).toBe(expected.modularity.toFixed(3));
    const listed = await page.locator('.community-list > li').evaluateAll((items) => items.map((li) => [...li.querySelectorAll('.chip')].map((c) => `unit:${c.textContent}`)));
    expect(listed).toEqual(expected.members);
    expect((await drawing(page)).nodes.some((n) => n.classes.includes('by-community'))).toBe(false);
    await page.getByRole('checkbox', { name: '按社群着色' }).first().check();
    await expect.poll(async () => (await drawing(page)).nodes.every((n) => n.classes.includes('by-community'))).toBe(true);
    const drawn = new Map((await drawing(page)).nodes.map((n) => [n.id, n.colour.replace(/\s/g, '')]));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expected.members.forEach((members, i) => members.forEach((id) => expect(drawn.get(id), id).toBe(rgb(communityColour(i)))));
    expect(page.url()).toContain('colour=community');
    await page.close();
  });

  it('are kept together by the grouped layout, where the command line puts them', async () => {
    const page = await openSeedPage(browser(), url, `group=communities`);
    const canvas = (await page.evaluate(() => window.__fengong!.layoutCanvas))!;
    const positions = await page.evaluate(() => window.__fengong!.positions());
    // Each community is tighter than the whole: mean distance to its own centre is below the overall one.
    const spread = (ids: string[]) => {
      const c = { x: ids.reduce((s, id) => s + positions[id]!.x, 0) / ids.length, y: ids.reduce((s, id) => s + positions[id]!.y, 0) / ids.length };
      return ids.reduce((s, id) => s + Math.hypot(positions[id]!.x - c.x, positions[id]!.y - c.y), 0) / ids.length;
    };
    for (const members of expected.members) expect(spread(members)).toBeLessThan(spread(expected.members.flat()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu select').selectOption('graphml').then(() => page.locator('.export-menu button').click())]);
    const app = readFileSync((await download.path())!, 'utf8');
    const out = join(mkdtempSync(join(tmpdir(), 'fengong-communities-')), 'grouped.graphml');
    await run('npx', ['tsx', 'web/tools/export.ts', SEED_FILE, '--group', 'communities', '--format', 'graphml', '--width', String(canvas.width), '--height', String(canvas.height), '--out', out]);
    const coordinates = (xml: string) => [...xml.matchAll(/<data key="label">([^<]*)<\/data>.*?<data key="x">([^<]*)<\/data><data key="y">([^<]*)<\/data>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`).sort();
    expect(coordinates(app).length).toBe(expected.members.flat().length);
    expect(coordinates(app)).toEqual(coordinates(readFileSync(out, 'utf8')));
    await page.close();
  });
});
