/**
 * Ties open: a click on the 省发展改革委–省工业和信息化厅 tie, or on its row of the pair
 * ranking, lists the 32 tasks they share, split by roles, each with its division sentence and
 * both units' words marked. A selected task or project lights up its units and their ties;
 * the fade goes when the details are left for another tab.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { afterRelabel, drawing, laidOut } from '../support/_drawing';
import { seedPlan, taskNumbered } from '../support/_plans';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';

const url = inject('appUrl');
const plan = seedPlan();
const [A, B] = ['省发展改革委', '省工业和信息化厅'];
const pair = coOwnership(taskTeams(plan)).find((p) => p.a === A && p.b === B)!;
const browser = browserForThisFile();

async function expectPairDetail(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-testid="pair-count"]').textContent()).toBe('共同承担 32 项任务');
  expect(pair.shared).toBe(32);
  const tasks = page.locator('.pair-task');
  expect(await tasks.count()).toBe(32);
  expect(await page.locator('[data-split="leadLead"] .pair-task').count()).toBe(pair.leadLead);
  expect(await page.locator('[data-split="leadSupport"] .pair-task').count()).toBe(pair.leadSupport);
  expect(await page.locator('[data-split="supportSupport"] .pair-task').count()).toBe(pair.supportSupport);
  // Each division sentence as written, with both units' words marked.
  const surfaces = (ordinal: number, unit: string) => plan.assignments.filter((a) => a.task === ordinal && a.unit === unit).map((a) => a.surface);
  const divisions = await tasks.locator('.division-text').allTextContents();
  const marks = await tasks.evaluateAll((items) => items.map((li) => [...li.querySelectorAll('.division-text mark')].map((m) => m.textContent)));
  expect([...divisions].sort()).toEqual(pair.tasks.map((o) => plan.tasks.find((t) => t.ordinal === o)!.division!).sort());
  for (const [i, text] of divisions.entries()) {
    const task = plan.tasks.find((t) => t.division === text)!;
    expect(marks[i], text).toEqual(expect.arrayContaining([...surfaces(task.ordinal, A).slice(0, 1), ...surfaces(task.ordinal, B).slice(0, 1)]));
  }
  expect(page.url()).toContain(`pair=${encodeURIComponent(`${A},${B}`)}`);
}

describe('a tie between two units', () => {
  it('opens from a click on the tie', async () => {
    const page = await openSeedPage(browser(), url);
    const at = await page.evaluate((id) => window.__fengong!.edgePoint(id), `co:${A}\u0000${B}`);
    expect(at).not.toBeNull();
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await expectPairDetail(page);
    await page.close();
  });

  it('opens from its row of the pair ranking', async () => {
    const page = await openSeedPage(browser(), url);
    await page.getByRole('tab', { name: '共同承担' }).click();
    await page.getByRole('button', { name: `${A} – ${B}: 共同承担 32 项任务` }).click();
    await expectPairDetail(page);
    await page.close();
  });
});

describe('a task or a project selected in the collaboration view', () => {
  it('lights up the units of task 12 and the ties among them, and the fade goes on another tab', async () => {
    const task = taskNumbered(plan, 12);
    const units = new Set([...task.leads, ...task.supports].map((u) => `unit:${u}`));
    const page = await openSeedPage(browser(), url, `task=12`);
    await expect.poll(() => page.locator('.task-detail h2').textContent()).toContain('第 12 项');
    const lit = (await drawing(page)).nodes.filter((n) => n.classes.includes('lit')).map((n) => n.id);
    const shown = (await drawing(page)).nodes.map((n) => n.id).filter((id) => units.has(id));
    expect(lit.sort()).toEqual(shown.sort());
    expect(lit.length).toBeGreaterThan(1);
    const faded = (await drawing(page)).nodes.filter((n) => n.classes.includes('faded'));
    expect(faded.every((n) => !units.has(n.id))).toBe(true);
    expect(faded.length).toBeGreaterThan(0);
    await afterRelabel(page, () => page.getByRole('tab', { name: '排名' }).first().click());
    expect((await drawing(page)).nodes.filter((n) => n.classes.includes('faded'))).toEqual([]);
    await page.close();
  });

  it('lists the projects several tasks name, their tasks and each task’s units', async () => {
    const page = await openSeedPage(browser(), url);
    await page.getByRole('tab', { name: '项目', exact: true }).click();
    const shared = plan.projects.filter((p) => p.tasks.length > 1);
    for (const project of shared) {
      const rows = page.locator(`tr[data-project="${project.name}"]`);
      expect(await rows.count()).toBe(project.tasks.length);
      for (const [i, ordinal] of project.tasks.entries()) {
        const task = plan.tasks.find((t) => t.ordinal === ordinal)!;
        expect(await rows.nth(i).locator('.chip').allTextContents()).toEqual([...task.leads, ...task.supports.filter((u) => !task.leads.includes(u))]);
      }
    }
    await page.locator('tr[data-project="粤东城际铁路"] button', { hasText: '粤东城际铁路' }).click();
    await expect.poll(async () => (await drawing(page)).nodes.filter((n) => n.classes.includes('lit')).length).toBeGreaterThan(1);
    await page.close();
  });
});
