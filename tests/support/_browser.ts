/**
 * Browser-test helpers: the app opened in Debian's chromium (see web/tools/chromium.ts), with
 * the canvas probe (`window.__fengong`, web/tools/canvas-probe.ts) injected into every page
 * before the app loads — the product itself ships none.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser as launchPlainBrowser } from '../../web/tools/chromium';
import { withCanvasProbe } from '../../web/tools/canvas-probe';

export { CHROMIUM, openApp } from '../../web/tools/chromium';

/** Debian's chromium; every page and context it opens carries the canvas probe. */
export async function launchBrowser(): Promise<Browser> {
  return withCanvasProbe(await launchPlainBrowser());
}

/** Clicks a node of the network where the canvas draws it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((nodeId) => window.__fengong?.renderedPosition(nodeId) ?? null, id);
  if (!position) throw new Error(`node ${id} is not on the canvas`);
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
