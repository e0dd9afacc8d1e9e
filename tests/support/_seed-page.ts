/**
 * What most browser tests begin with: one chromium for the whole test file, and a desktop
 * page on the seed whose network is laid out and labelled before the test looks at it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './_browser';
import { laidOut } from './_drawing';
import { seedLink } from './_seed-link';

export const DESKTOP = { width: 1440, height: 900 } as const;

/** Launches chromium before the calling file's tests and closes it after them. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is launched before the tests of the file run');
    return browser;
  };
}

/** The seed (with `query` added to its link) in a new page, laid out and labelled. */
export async function openSeedPage(browser: Browser, url: string, query = '', viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(seedLink(url, query));
  await laidOut(page);
  return page;
}
