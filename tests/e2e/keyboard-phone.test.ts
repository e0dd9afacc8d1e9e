/**
 * Keyboard and small screens: a skip link leads to the network, every control is reached by
 * Tab (the plan-file button too), and at phone width (390×844) the panels stack under the
 * network and nothing is wider than the screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';

const url = inject('appUrl');
const browser = browserForThisFile();

describe('the keyboard', () => {
  it('skips to the network first, then reaches every control by Tab', async () => {
    const page = await openSeedPage(browser(), url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到网络图');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');

    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const reached = new Set<string>();
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        return el.getAttribute('type') === 'file' ? 'file-input' : el.id === 'graph' ? 'graph' : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      }));
    }
    for (const control of ['file-input', 'English', '协作网络', '牵头与配合', '项目关联', '搜索单位、任务或项目', '最少共同任务', 'graph', '重新布局', '导出格式', '导出', '排名', '社群', '方法', '省发展改革委']) {
      expect(reached, control).toContain(control);
    }
    await page.close();
  });
});

describe('a phone', () => {
  it('stacks the panels under the network, with nothing wider than the screen', async () => {
    const page = await openSeedPage(browser(), url, '', { width: 390, height: 844 });
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          // Inside a container that scrolls sideways (the tab rows) is not wider than the screen.
          for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX) && p.getBoundingClientRect().right <= window.innerWidth + 0.5) return false;
          return r.right > window.innerWidth + 0.5 || r.left < -0.5;
        })
        .map((el) => `${el.tagName}.${el.className}`);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        wide,
        title: box('.app-header h1').height,
        graph: box('.graph-area'),
        panel: box('.panel'),
        sidebar: box('.sidebar'),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.wide).toEqual([]);
    expect(layout.title).toBeLessThan(40);
    expect(layout.graph.width).toBeGreaterThan(370);
    expect(layout.graph.height).toBeGreaterThan(350);
    expect(layout.panel.top).toBeGreaterThanOrEqual(layout.graph.bottom - 1);
    expect(layout.sidebar.top).toBeGreaterThanOrEqual(layout.panel.bottom - 1);
    expect(await page.evaluate(() => window.__fengong!.visibleNodes())).toBeGreaterThan(10);
    await page.close();
  });
});
