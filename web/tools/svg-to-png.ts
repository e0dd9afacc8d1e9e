/** An SVG drawn by Debian's chromium into a PNG at 1×, 2× or 4×: the picture the SVG shows. */
import { launchBrowser } from './chromium';

export async function svgToPng(svg: string, scale: 1 | 2 | 4, transparent = false): Promise<Buffer> {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 1600);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 900);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    return await page.locator('svg').first().screenshot({ type: 'png', omitBackground: transparent });
  } finally {
    await browser.close();
  }
}
