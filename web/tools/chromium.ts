/**
 * Debian's chromium driven by playwright-core — never a downloaded browser — for the tools
 * that draw pictures (PNG exports, screenshots, benchmarks) and for the browser tests.
 * The flags keep it from reaching for the network at start.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens the app at 1440×900 and waits until the network is laid out; page errors are kept on `errors`. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}
