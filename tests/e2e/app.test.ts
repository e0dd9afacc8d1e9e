/** What a user sees in a real browser, against the app served with the seed in Neo4j. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickNode, launchBrowser, openApp } from '../support/_browser';
import { seedLink } from '../support/_seed-link';
import { parseSnippet, seedPlan, taskNumbered } from '../support/_plans';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { settings } from '../support/_database';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { defaultThreshold } from '../../web/src/graph/default-threshold';

const url = inject('appUrl');
let browser: Browser;
let page: Page;
const plan = seedPlan();
const scratch = mkdtempSync(join(tmpdir(), 'fengong-e2e-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the collaboration network', () => {
  beforeAll(async () => {
    page = await openApp(browser, seedLink(url));
  });
  afterAll(() => page.close());

  it('opens on the ties of 3 or more shared tasks, with the units they join, and a legend', async () => {
    const tied = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 3);
    expect(defaultThreshold(plan)).toBe(3);
    expect(await page.locator('[data-testid="min-shared"]').textContent()).toBe('3');
    expect(await page.evaluate(() => window.__fengong!.visibleEdges())).toBe(tied.length);
    expect(await page.evaluate(() => window.__fengong!.visibleNodes())).toBe(new Set(tied.flatMap((p) => [p.a, p.b])).size);
    expect(await page.evaluate(() => window.__fengong!.renderedPosition('unit:省发展改革委'))).not.toBeNull();
    await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent()).toContain('2022年省〈政府工作报告〉重点任务分工方案');
    expect(await page.locator('.legend').textContent()).toContain('节点大小 = 协调负荷');
  });

  it('lists the tasks 省发展改革委 leads when it is clicked', async () => {
    await clickNode(page, 'unit:省发展改革委');
    const led = plan.tasks.filter((t) => t.leads.includes('省发展改革委'));
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('省发展改革委');
    const items = page.locator('.unit-profile section', { hasText: '牵头的任务' }).locator('li');
    expect(await items.count()).toBe(led.length);
    expect(await items.first().textContent()).toContain(`第 ${led[0]!.number} 项`);
  });

  it('shows the division sentence of a task with the unit’s words marked', async () => {
    const task13 = taskNumbered(plan, 13);
    await page.locator('.unit-profile .task-link', { hasText: '第 13 项' }).click();
    await expect.poll(() => page.locator('.task-detail h2').textContent()).toContain('第 13 项');
    expect(await page.locator('.division-text').textContent()).toBe(task13.division);
    expect(await page.locator('.division-text mark').allTextContents()).toEqual(['省发展改革委']);
  });

  it('removes edges when the shared-task threshold rises', async () => {
    const pairs = coOwnership(taskTeams(plan));
    const before = await page.evaluate(() => window.__fengong!.visibleEdges());
    expect(before).toBe(pairs.filter((p) => p.shared >= 3).length);
    const positions = await page.evaluate(() => window.__fengong!.positions());
    await page.locator('input[type="range"]').fill('10');
    await expect.poll(() => page.evaluate(() => window.__fengong!.visibleEdges())).toBe(pairs.filter((p) => p.shared >= 10).length);
    expect(await page.locator('[data-testid="graph-stats"]').textContent()).toContain(`${pairs.filter((p) => p.shared >= 10).length} 条边`);
    // The filter hides edges; no node moves.
    expect(await page.evaluate(() => window.__fengong!.positions())).toEqual(positions);
    expect(page.url()).toContain('min=10');
  });

  it('finds 广东电网公司 by search', async () => {
    await page.locator('.search input').fill('电网');
    await page.locator('.search-results button', { hasText: '广东电网公司' }).click();
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('广东电网公司');
  });

  it('selects nodes from the keyboard', async () => {
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('省发展改革委');
  });

  it('switches the interface to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Collaboration' }).count()).toBe(1);
    expect(await page.locator('.legend').textContent()).toContain('Node size = coordination load');
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '协作网络' }).count()).toBe(1);
  });

  it('reproduces the view from its link', async () => {
    const link = page.url();
    const again = await openApp(browser, link);
    expect(await again.locator('input[type="range"]').inputValue()).toBe('10');
    expect(await again.locator('.unit-profile h2').textContent()).toBe('省发展改革委');
    await again.close();
  });
});

describe('other views', () => {
  it('draws lead and support edges apart in the assignment network', async () => {
    const p = await openApp(browser, seedLink(url, 'view=assignments'));
    await expect.poll(() => p.evaluate(() => window.__fengong!.layoutKey)).toContain('assignments');
    expect(await p.evaluate(() => window.__fengong!.visibleEdges())).toBe(plan.assignments.length);
    expect(await p.locator('.legend').textContent()).toMatch(/牵头.*配合/);
    await p.close();
  });

  it('marks the tasks that share a project in the project view', async () => {
    const p = await openApp(browser, seedLink(url, `view=projects&project=${encodeURIComponent('project:粤东城际铁路')}`));
    await expect.poll(() => p.locator('.project-detail h2').textContent()).toBe('粤东城际铁路');
    expect(await p.locator('.project-detail .task-list > li').allTextContents()).toEqual([expect.stringContaining('第 46 项'), expect.stringContaining('第 64 项')]);
    await p.close();
  });
});

describe('text from documents', () => {
  it('shows markup in a plan as text, never as markup', async () => {
    const hostile = parseSnippet('工作措施:推进<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">建设。\n部门分工:省财政厅牵头。\n', 'hostile');
    const file = join(scratch, 'hostile.json');
    writeFileSync(file, JSON.stringify(hostile));
    const p = await openApp(browser, url);
    await p.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => p.locator('[data-testid="doc-title"]').textContent()).toContain('hostile');
    await p.locator('.search input').fill('1');
    await p.locator('.search-results button').first().click();
    await expect.poll(() => p.locator('.measures-text').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.locator('.measures-text script, .measures-text img').count()).toBe(0);
    await p.close();
  });
});

describe('without a database', () => {
  it('still opens a parsed-plan JSON when Neo4j is stopped', async () => {
    expect(settings.local, 'this test stops the database: it runs against the project’s own local Neo4j').toBe(true);
    const file = join(scratch, 'seed.json');
    writeFileSync(file, JSON.stringify(plan));
    await stopLocalNeo4j();
    try {
      const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await p.goto(url);
      await expect.poll(() => p.locator('.error-banner').textContent(), { timeout: 30_000 }).toMatch(/cannot connect/);
      await p.locator('input[type="file"]').setInputFiles(file);
      await p.waitForSelector('.graph-canvas[data-layout]');
      expect(await p.evaluate(() => window.__fengong!.visibleEdges())).toBe(coOwnership(taskTeams(plan)).filter((x) => x.shared >= 3).length);
      expect(await p.locator('.rankings tbody tr').first().textContent()).toContain('省发展改革委');
      await p.close();
    } finally {
      await startLocalNeo4j(settings);
    }
  });
});
