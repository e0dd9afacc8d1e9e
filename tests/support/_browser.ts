/** Debian's chromium driven by playwright-core: no downloaded browser. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens the app and waits until the network is laid out. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

/** Clicks a node of the network where the canvas draws it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((nodeId) => window.__fengong?.renderedPosition(nodeId) ?? null, id);
  if (!position) throw new Error(`node ${id} is not on the canvas`);
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
