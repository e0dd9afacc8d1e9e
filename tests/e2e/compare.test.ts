/**
 * The pages about several plans, in chromium, with the comparison corpus loaded under ids of
 * its own: the corpus page lists, filters, sorts and opens plans; the compare view of
 * Zhejiang 2022 and 2023 puts every shared unit at the same place in both pictures and marks
 * the units of one plan only; the trend of 省发展改革委 shows the numbers counted by hand.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { launchBrowser } from '../support/_browser';
import { driver, removeDocuments, settings } from '../support/_database';
import { COMPARE_CORPUS_DIR } from '../support/_corpus';
import { expectedDiff } from '../support/_compare';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';

const url = inject('appUrl');
const PREFIX = 'e2e-cmp-';
const NAMES = ['zhejiang-province-2021', 'zhejiang-province-2022', 'zhejiang-province-2023', 'ningbo-city-2022'] as const;
const plans = Object.fromEntries(NAMES.map((name) => [name, parsePlanBytes(readFileSync(join(COMPARE_CORPUS_DIR, `${name}.txt`)), `${PREFIX}${name}.txt`)]));
const id = (name: (typeof NAMES)[number]) => `${PREFIX}${name}`;

let browser: Browser;
let d: Driver;

beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
  for (const name of NAMES) await loadPlan(d, settings, plans[name]!);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeDocuments(d, PREFIX);
  await d.close();
});

// The first query after plans are loaded can take a second on a cold database: polls wait up to 15 s.
const ourRows = (page: Page) => page.locator('.corpus-table tbody tr[data-document^="e2e-cmp-"]');

describe('the corpus page', () => {
  it('is reached from the header, filters by region, level and year, sorts, and opens a plan', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}?doc=guangdong-2022-task-division`);
    await page.getByRole('link', { name: '方案集' }).click();
    await expect.poll(() => ourRows(page).count(), { timeout: 15_000 }).toBe(4);
    const zj = plans['zhejiang-province-2022']!;
    expect(await page.locator(`tr[data-document="${id('zhejiang-province-2022')}"] td`).allTextContents()).toEqual([
      '', zj.document.title ?? '', '浙江', '省', '2022', String(zj.tasks.length), String(zj.units.length), String(zj.assignments.length), String(zj.findings.length),
    ]);
    await page.getByLabel('地区').selectOption('浙江');
    await page.getByLabel('层级').selectOption('province');
    await expect.poll(() => ourRows(page).count(), { timeout: 15_000 }).toBe(3);
    await page.getByRole('button', { name: '年份' }).click();
    await page.getByRole('button', { name: '年份 ▲' }).click();
    expect(await ourRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document')))).toEqual(['2023', '2022', '2021'].map((y) => `${PREFIX}zhejiang-province-${y}`));
    await page.screenshot({ path: 'dist/corpus-page.png', fullPage: true });
    await page.getByLabel('年份').selectOption('2021');
    await expect.poll(() => ourRows(page).count(), { timeout: 15_000 }).toBe(1);
    await ourRows(page).getByRole('link').click();
    await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent(), { timeout: 15_000 }).toContain(plans['zhejiang-province-2021']!.document.title ?? '');
    await page.close();
  });
});

describe('the compare view', () => {
  it('puts every shared unit at the same place in both pictures and marks the units of one plan only', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const [a, b] = [id('zhejiang-province-2022'), id('zhejiang-province-2023')];
    await page.goto(`${url}?compare=${a},${b}&by=identity`);
    await page.locator('[data-testid="compare-picture-B"]').waitFor();
    expect(await page.locator('[data-testid="compare-mode"]').textContent()).toContain('按单位身份匹配');
    const places = (side: 'A' | 'B') =>
      page.locator(`[data-testid="compare-picture-${side}"] [data-key]`).evaluateAll((els) =>
        els.map((el) => {
          const disc = (el.tagName === 'circle' ? el : el.querySelector('circle'))!;
          const box = disc.getBoundingClientRect();
          const frame = el.closest('svg')!.getBoundingClientRect();
          return { key: el.getAttribute('data-key')!, present: el.getAttribute('data-present') === 'true', status: el.getAttribute('data-status'), cx: disc.getAttribute('cx'), cy: disc.getAttribute('cy'), sx: box.x + box.width / 2 - frame.x, sy: box.y + box.height / 2 - frame.y };
        }),
      );
    const [inA, inB] = [await places('A'), await places('B')];
    const expected = expectedDiff(plans['zhejiang-province-2022']!, plans['zhejiang-province-2023']!, 'identity');
    const shared = expected.filter((e) => e.namesA.length > 0 && e.namesB.length > 0).map((e) => e.key);
    expect(shared.length).toBeGreaterThan(20);
    for (const key of shared) {
      const [pa, pb] = [inA.find((p) => p.key === key && p.present), inB.find((p) => p.key === key && p.present)];
      expect(pa, key).toBeDefined();
      expect([pb!.cx, pb!.cy], key).toEqual([pa!.cx, pa!.cy]);
      expect(Math.abs(pb!.sx - pa!.sx) + Math.abs(pb!.sy - pa!.sy), key).toBeLessThan(0.5);
    }
    const onlyB = expected.filter((e) => e.namesA.length === 0).map((e) => e.key).sort();
    const onlyA = expected.filter((e) => e.namesB.length === 0).map((e) => e.key).sort();
    expect(onlyB.length + onlyA.length).toBeGreaterThan(0);
    expect(inB.filter((p) => p.status === 'new').map((p) => p.key).sort()).toEqual(onlyB);
    expect(inA.filter((p) => p.status === 'dropped').map((p) => p.key).sort()).toEqual(onlyA);
    expect(inA.filter((p) => !p.present).map((p) => p.key).sort()).toEqual(onlyB);
    expect(inB.filter((p) => !p.present).map((p) => p.key).sort()).toEqual(onlyA);
    // The diff table: one row per unit of either plan, with the status and numbers of the parsed plans.
    const rows = page.locator('[data-testid="unit-diff"] tbody tr');
    expect(await rows.count()).toBe(expected.length);
    for (const e of expected.slice(0, 8)) {
      const row = page.locator(`[data-testid="unit-diff"] tbody tr[data-key="${e.key}"]`);
      expect(await row.getAttribute('data-status')).toBe(e.status);
      const cells = (await row.locator('td').allTextContents()).slice(2).map(Number);
      const [ledA, , supportedA, partnersA, loadA, ledB, , supportedB, partnersB, loadB] = e.numbers;
      expect(cells.slice(0, 12)).toEqual([ledA, ledB, ledB! - ledA!, supportedA, supportedB, supportedB! - supportedA!, partnersA, partnersB, partnersB! - partnersA!, loadA, loadB, loadB! - loadA!]);
    }
    // The diff as CSV: one line per unit, its numbers those of the table.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '差异表 CSV' }).click()]);
    const csv = readFileSync((await file.path())!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(csv.length).toBe(expected.length + 1);
    const header = csv[0]!.split(',');
    const dev = csv.find((line) => line.includes(',province/浙江/省发展改革委,'))!.split(',');
    const fromPlans = expected.find((e) => e.key === 'province/浙江/省发展改革委')!.numbers;
    expect(['ledA', 'ledB', 'supportedA', 'supportedB', 'coordinationLoadA', 'coordinationLoadB'].map((c) => Number(dev[header.indexOf(c)]))).toEqual([fromPlans[0], fromPlans[5], fromPlans[2], fromPlans[7], fromPlans[4], fromPlans[9]]);
    await page.screenshot({ path: 'dist/compare-view.png', fullPage: true });
    await page.close();
  });
});

describe('the compare view in English on a phone', () => {
  it('states the mode in English, stacks the pictures and keeps the page within the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${url}?compare=${id('zhejiang-province-2023')},${id('ningbo-city-2022')}&by=function&lang=en`);
    await page.locator('[data-testid="compare-picture-B"]').waitFor();
    expect(await page.locator('[data-testid="compare-mode"]').textContent()).toContain('Matched by function');
    const [a, b] = [await page.locator('[data-testid="compare-picture-A"]').boundingBox(), await page.locator('[data-testid="compare-picture-B"]').boundingBox()];
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'dist/compare-phone.png', fullPage: true });
    await page.close();
  });
});

describe('the trend chart', () => {
  it('shows 省发展改革委 leading, supporting and coordinating across three years, as counted by hand', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${url}?trend=${encodeURIComponent('province/浙江/省发展改革委')}&region=浙江&level=province&by=identity`);
    await page.locator('[data-testid="trend-chart"]').waitFor();
    const series = (name: string) =>
      page.locator(`[data-testid="trend-chart"] [data-series="${name}"] [data-document^="${PREFIX}"]`).evaluateAll((els) => els.map((el) => [el.getAttribute('data-year'), el.textContent]));
    expect(await series('led')).toEqual([['2021', '6'], ['2022', '6'], ['2023', '6']]);
    expect(await series('supported')).toEqual([['2021', '7'], ['2022', '9'], ['2023', '10']]);
    expect(await series('load')).toEqual([['2021', '25'], ['2022', '26'], ['2023', '28']]);
    await page.screenshot({ path: 'dist/trend-chart.png', fullPage: true });
    await page.close();
  });
});
