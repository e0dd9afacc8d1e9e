/** Search from the keyboard: type an abbreviation or a task number, move with the arrow keys, open with Enter. */
import { describe, expect, inject, it } from 'vitest';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';

const url = inject('appUrl');
const browser = browserForThisFile();

describe('search', () => {
  it('opens 省工业和信息化厅 from 工信厅, task 46 from 第46项, and walks the results with the arrow keys', async () => {
    const page = await openSeedPage(browser(), url);
    const results = page.getByRole('listbox', { name: '搜索结果' });
    const box = page.getByRole('combobox', { name: '搜索单位、任务或项目' });
    await box.fill('工信厅');
    await box.press('Enter');
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('省工业和信息化厅');

    await box.fill('第46项');
    await box.press('Enter');
    await expect.poll(() => page.locator('.task-detail h2').textContent()).toContain('第 46 项');

    await box.fill('银保监');
    expect(await results.getByRole('option').allTextContents()).toEqual(['广东银保监局', '深圳银保监局']);
    await box.press('ArrowDown');
    expect(await results.getByRole('option', { selected: true }).textContent()).toBe('深圳银保监局');
    // Two results: down again wraps to the first, up from the first to the last.
    await box.press('ArrowDown');
    expect(await results.getByRole('option', { selected: true }).textContent()).toBe('广东银保监局');
    await box.press('ArrowUp');
    expect(await results.getByRole('option', { selected: true }).textContent()).toBe('深圳银保监局');
    await box.press('Enter');
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('深圳银保监局');
    await page.close();
  });
});
