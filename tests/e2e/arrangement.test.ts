/** A presenter moves nodes, leaves, comes back to the same arrangement, and can reset it. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/_browser';
import { seedLink } from '../support/_seed-link';

const url = inject('appUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});
afterAll(() => browser.close());

describe('arrangements', () => {
  it('keep a dragged node where it was dropped, across a reload, until reset', async () => {
    const page = await context.newPage();
    await page.goto(seedLink(url, 'min=5'));
    await page.waitForSelector('.graph-canvas[data-layout]');
    const id = 'unit:省财政厅';
    const original = await page.evaluate(() => window.__fengong!.positions());
    const at = (await page.evaluate((node) => window.__fengong!.renderedPosition(node), id))!;
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + at.x + step * 15, box.y + at.y + step * 8);
    await page.mouse.up();
    const moved = (await page.evaluate(() => window.__fengong!.positions()))[id]!;
    expect(Math.hypot(moved.x - original[id]!.x, moved.y - original[id]!.y)).toBeGreaterThan(50);

    await page.reload();
    await page.waitForSelector('.graph-canvas[data-layout]');
    expect((await page.evaluate(() => window.__fengong!.positions()))[id]).toEqual(moved);

    await page.getByRole('button', { name: '重置布局' }).click();
    await expect.poll(async () => (await page.evaluate(() => window.__fengong!.positions()))[id]).toEqual(original[id]);
    expect(await page.getByRole('button', { name: '重置布局' }).count()).toBe(0);
    await page.close();
  });
});
