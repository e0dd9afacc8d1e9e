/**
 * Links name things as readers do, and a link to something the plan does not have says so
 * on the page, with a way back to the overview — never a blank panel, an empty canvas or
 * another plan without a word.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForThisFile } from '../support/_seed-page';
import { seedLink } from '../support/_seed-link';
import { laidOut } from '../support/_drawing';
import { seedPlan } from '../support/_plans';

const url = inject('appUrl');
const plan = seedPlan();
const browser = browserForThisFile();

async function open(query: string): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
  // A link naming another plan is that plan's; every other link names the seed.
  await page.goto(query.startsWith('doc=') ? `${url}?${query}` : seedLink(url, query));
  await laidOut(page);
  return page;
}

describe('readable links', () => {
  it('open a unit, a task with the unit’s words marked, and a pair, by their names and labels', async () => {
    const page = await open(`unit=${encodeURIComponent('省发展改革委')}&task=13`);
    await expect.poll(() => page.locator('.task-detail h2').textContent()).toContain('第 13 项');
    expect(await page.locator('.division-text mark').allTextContents()).toEqual(['省发展改革委']);
    expect(decodeURIComponent(page.url())).toContain('unit=省发展改革委&task=13');
    await page.close();

    const pair = await open(`pair=${encodeURIComponent('省发展改革委,省财政厅')}`);
    await expect.poll(() => pair.locator('.pair-detail h2').textContent()).toBe('省发展改革委 – 省财政厅');
    await pair.close();

    const unit = await open(`unit=${encodeURIComponent('省财政厅')}`);
    await expect.poll(() => unit.locator('.unit-profile h2').textContent()).toBe('省财政厅');
    // Clicking a task of the profile writes the task's label into the link.
    await unit.locator('.unit-profile .task-link').first().click();
    const first = plan.tasks.find((t) => t.leads.includes('省财政厅') || t.supports.includes('省财政厅'))!;
    await expect.poll(() => decodeURIComponent(unit.url())).toContain(`task=${first.label}`);
    await unit.close();
  });
});

describe.each([
  ['unit=不存在的单位', '链接中的单位“不存在的单位”不在此方案中。'],
  ['task=999', '链接中的任务“999”不在此方案中。'],
  ['project=火星基地', '链接中的项目“火星基地”不在此方案中。'],
  ['pair=省发展改革委', '链接中的单位对“省发展改革委”无法识别'],
  ['sections=99', '链接中的第 99 部分不存在，已显示全部部分。'],
  ['doc=nope', '数据库中没有方案“nope”，现显示另一份方案。'],
])('a link with %s', (query, message) => {
  it('says what is missing, still draws the plan, and leads back to the overview', async () => {
    const page = await open(query);
    await expect.poll(() => page.locator('[data-testid="link-notice"]').textContent()).toContain(message);
    expect(await page.evaluate(() => window.__fengong!.visibleNodes())).toBeGreaterThan(10);
    // The seed, or for a plan that is not there, the first plan of the database: named on the page.
    if (!query.startsWith('doc=')) expect(await page.locator('[data-testid="doc-title"]').textContent()).toContain('2022年省〈政府工作报告〉重点任务分工方案');
    else expect((await page.locator('[data-testid="doc-title"]').textContent())!.length).toBeGreaterThan(5);
    // Nothing half-selected: the panel shows the rankings, not an empty detail.
    expect(await page.locator('.rankings').count()).toBe(1);
    await page.getByRole('button', { name: '返回总览' }).click();
    expect(await page.locator('[data-testid="link-notice"]').count()).toBe(0);
    expect(page.url()).not.toContain(query.split('=')[0] + '=' + query.split('=')[1]);
    expect(page.url()).toMatch(query.startsWith('doc=') ? /doc=(?!nope)/ : /doc=guangdong-2022-task-division/);
    await page.close();
  });
});
