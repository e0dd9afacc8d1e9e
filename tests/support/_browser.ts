/** Browser-test helpers: the app opened in Debian's chromium (see web/tools/chromium.ts). */
import type { Page } from 'playwright-core';

export { CHROMIUM, launchBrowser, openApp } from '../../web/tools/chromium';

/** Clicks a node of the network where the canvas draws it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((nodeId) => window.__fengong?.renderedPosition(nodeId) ?? null, id);
  if (!position) throw new Error(`node ${id} is not on the canvas`);
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
