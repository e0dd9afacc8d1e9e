/**
 * The first picture is legible, measured on what Cytoscape draws: in each view, at 1440×900
 * and 1280×720, no drawn label overlaps another, no node overlaps another, and the 15 units
 * with the highest coordination load (in the project view, the projects named by several
 * tasks and the most named) are labelled; the same after a threshold of 10 and a re-layout.
 * A label left out shows when its node is hovered; the selected unit and its partners are
 * labelled.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { seedLink } from '../support/_seed-link';
import { afterRelabel, drawing, laidOut, overlappingLabels, overlappingNodes, type Drawing } from '../support/_drawing';
import { seedPlan } from '../support/_plans';
import { localRankings } from '../../web/src/data/plan-source';

const url = inject('appUrl');
const plan = seedPlan();
const browser = browserForThisFile();

const workload = localRankings(plan).workload;

/** The units the test expects labelled: the heaviest 15 among those drawn, by coordination load. */
function heaviestUnits(d: Drawing): string[] {
  const drawn = new Set(d.nodes.map((n) => n.id));
  return workload
    .map((w) => `unit:${w.unit}`)
    .filter((id) => drawn.has(id))
    .slice(0, 15);
}

function mostNamedProjects(d: Drawing): string[] {
  const drawn = new Set(d.nodes.map((n) => n.id));
  return plan.projects
    .filter((p) => drawn.has(`project:${p.name}`))
    .sort((a, b) => Number(b.tasks.length > 1) - Number(a.tasks.length > 1) || b.tasks.length - a.tasks.length || (a.name < b.name ? -1 : 1))
    .slice(0, 15)
    .map((p) => `project:${p.name}`);
}

function expectLegible(d: Drawing, view: string): void {
  expect(d.nodes.length).toBeGreaterThan(10);
  expect(overlappingLabels(d)).toEqual([]);
  expect(overlappingNodes(d)).toEqual([]);
  const labelled = new Set(d.labels.map((l) => l.id));
  const wanted = view === 'projects' ? mostNamedProjects(d) : heaviestUnits(d);
  expect(wanted.length).toBe(15);
  expect(wanted.filter((id) => !labelled.has(id))).toEqual([]);
  // Labels stay on the canvas.
  for (const l of d.labels) expect(l.x1, l.text).toBeGreaterThanOrEqual(-1);
}

describe.each([
  [1440, 900],
  [1280, 720],
])('at %i×%i', (width, height) => {
  describe.each(['collaboration', 'assignments', 'projects'])('the %s view', (view) => {
    let page: Page;
    beforeAll(async () => {
      page = await browser().newPage({ viewport: { width, height } });
      await page.goto(seedLink(url, `view=${view}`));
      await laidOut(page);
    });
    afterAll(() => page.close());

    it('draws no label or node over another and labels the heaviest', async () => {
      expectLegible(await drawing(page), view);
    });

    it('stays legible after a threshold of 10 and a re-layout', async () => {
      if (view === 'collaboration') {
        await afterRelabel(page, () => page.locator('input[type="range"]').fill('10'));
        expect(await page.locator('[data-testid="graph-stats"]').textContent()).toMatch(/^17 个节点/);
      }
      const before = await page.evaluate(() => window.__fengong!.layoutKey);
      await afterRelabel(page, () => page.getByRole('button', { name: '重新布局' }).click());
      expect(await page.evaluate(() => window.__fengong!.layoutKey)).not.toBe(before);
      expectLegible(await drawing(page), view);
    });
  });
});

describe('labels that do not fit', () => {
  it('show on hover, and the selected unit and its partners are labelled', async () => {
    const page = await openSeedPage(browser(), url, `view=assignments`, { width: 1280, height: 720 });
    const d = await drawing(page);
    const labelled = new Set(d.labels.map((l) => l.id));
    const quiet = d.nodes.find((n) => n.id.startsWith('unit:') && !labelled.has(n.id))!;
    expect(quiet).toBeDefined();
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await afterRelabel(page, () => page.mouse.move(box.x + quiet.x, box.y + quiet.y));
    const hovered = await drawing(page);
    expect(hovered.labels.map((l) => l.id)).toContain(quiet.id);
    expect(overlappingLabels(hovered)).toEqual([]);
    // Zoomed in, more labels fit, and still none over another.
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.locator('.graph-canvas').focus();
    await afterRelabel(page, () => page.keyboard.press('+'));
    await afterRelabel(page, () => page.keyboard.press('+'));
    const zoomed = await drawing(page);
    expect(zoomed.labels.length).toBeGreaterThan(d.labels.length);
    expect(overlappingLabels(zoomed)).toEqual([]);
    await page.close();

    const selected = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await selected.goto(seedLink(url, `min=10&unit=${encodeURIComponent('省发展改革委')}`));
    await laidOut(selected);
    const s = await drawing(selected);
    const partners = s.nodes.filter((n) => n.classes.includes('neighbour')).map((n) => n.id);
    expect(partners.length).toBeGreaterThan(5);
    const shown = new Set(s.labels.map((l) => l.id));
    expect([...partners, 'unit:省发展改革委'].filter((id) => !shown.has(id))).toEqual([]);
    expect(overlappingLabels(s)).toEqual([]);
    await selected.close();
  });
});
