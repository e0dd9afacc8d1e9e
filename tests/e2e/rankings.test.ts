/**
 * Rankings list every unit, say whether they rank the whole plan or the filtered part and
 * follow the filters; every column says how it is defined, and the methods page quotes the
 * headers of the queries that compute them.
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { seedPlan } from '../support/_plans';
import { filteredPlan, filteredRankings } from '../../web/src/data/filtered-rankings';
import { unitWorkloads } from '../../ingest/metrics/workload';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { coOwnership } from '../../ingest/metrics/co-ownership';

const url = inject('appUrl');
const plan = seedPlan();
const browser = browserForThisFile();

describe('rankings', () => {
  it('list all 91 units of the whole plan, and say so', async () => {
    const page = await openSeedPage(browser(), url);
    await expect.poll(() => page.locator('.rankings tbody tr').count()).toBe(91);
    expect(await page.locator('[data-testid="ranking-scope"]').textContent()).toBe('全部方案 · 共 91 行');
    await page.getByRole('tab', { name: '共同承担' }).click();
    expect(await page.locator('.rankings tbody tr').count()).toBe(1006);
    await page.close();
  });

  it('follow the section filter and say which part they rank', async () => {
    const page = await openSeedPage(browser(), url, `sections=5`);
    const expected = filteredRankings(plan, [5], [])!;
    const rows = page.locator('.rankings tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.workload.length);
    expect(await page.locator('[data-testid="ranking-scope"]').textContent()).toBe(`按当前筛选：部分 5 · 共 ${expected.workload.length} 行`);
    const top = expected.workload[0]!;
    expect(await rows.first().locator('td').allTextContents()).toEqual([top.unit, String(top.ledTasks), String(top.supportedTasks), String(top.partners), String(top.coordinationLoad)]);
    await page.close();
  });

  it('rank the filtered part by betweenness once its worker answers, with the numbers of the pure function', async () => {
    const page = await openSeedPage(browser(), url, `sections=5`);
    const part = filteredPlan(plan, [5], [])!;
    const teams = taskTeams(part);
    const expected = unitWorkloads(part.units.map((u) => u.name), teams, coOwnership(teams)).sort((a, b) => b.betweenness - a.betweenness || b.ledTasks - a.ledTasks || (a.unit < b.unit ? -1 : 1));
    await page.getByRole('tab', { name: '枢纽单位' }).click();
    const rows = page.locator('.rankings tbody tr');
    await expect.poll(() => rows.first().locator('td').allTextContents()).toEqual([expected[0]!.unit, expected[0]!.betweenness.toFixed(3), String(expected[0]!.ledTasks), String(expected[0]!.partners)]);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]!.textContent));
    expect(shown).toEqual(expected.map((w) => w.betweenness.toFixed(3)));
    await page.close();
  });

  it('give a unit of a plan opened from a file its betweenness, computed off the page', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-rankings-')), 'seed-from-file.json');
    writeFileSync(file, JSON.stringify({ ...plan, document: { ...plan.document, title: '来自文件的方案' } }));
    const page = await openSeedPage(browser(), url);
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent()).toContain('来自文件的方案');
    const teams = taskTeams(plan);
    const expected = unitWorkloads(plan.units.map((u) => u.name), teams, coOwnership(teams)).find((w) => w.unit === '省财政厅')!;
    await page.locator('.rankings .unit-link', { hasText: '省财政厅' }).first().click();
    const value = page.locator('.unit-profile .metrics dt', { hasText: '中介中心性' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => value.textContent()).toBe(expected.betweenness.toFixed(3));
    await page.close();
  });

  it('define every column on hover, and state each formula on the methods page', async () => {
    const page = await openSeedPage(browser(), url);
    expect(await page.locator('.rankings th', { hasText: '协调负荷' }).getAttribute('title')).toBe('协调负荷：在其牵头的每项任务中，每个其他单位计 1；在其配合的每项任务中，每个牵头单位计 1');
    await page.getByRole('tab', { name: '方法' }).click();
    const methods = (await page.locator('.methods').textContent())!;
    expect(methods).toContain('中介中心性：其他单位两两之间的最短路径经过该单位的比例');
    const header = readFileSync('cypher/workload.cypher', 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, ''));
    expect(await page.locator('.query-header').first().textContent()).toBe(header.join('\n'));
    await page.close();
  });
});
