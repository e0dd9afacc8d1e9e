/**
 * English for English readers: in English mode 省发展改革委 is the Provincial Development and
 * Reform Commission, with its Chinese name beside it, in the graph, its profile, the rankings
 * and the exports; section titles are English; in the Chinese interface the findings are Chinese.
 */
import { describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { browserForThisFile, openSeedPage } from '../support/_seed-page';
import { drawing, laidOut } from '../support/_drawing';
import { SEED_FILE } from '../support/_plans';

const run = promisify(execFile);
const url = inject('appUrl');
const NDRC = 'Provincial Development and Reform Commission';
const browser = browserForThisFile();

describe('English mode', () => {
  it('names 省发展改革委 in English with the Chinese beside it: graph, profile, rankings, export', async () => {
    const page = await openSeedPage(browser(), url, `lang=en`);
    expect((await drawing(page)).labels.find((l) => l.id === 'unit:省发展改革委')?.text).toBe(`${NDRC}\n省发展改革委`);
    expect(await page.locator('.rankings .unit-link').first().textContent()).toBe(`${NDRC} 省发展改革委`);
    await page.locator('.rankings .unit-link').first().click();
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe(`${NDRC} 省发展改革委`);
    expect(await page.locator('.unit-profile h2 [lang="zh-CN"]').textContent()).toBe('省发展改革委');

    await page.locator('.export-menu select').selectOption('svg-text');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain(`${NDRC} (省发展改革委)`);
    await page.close();
  });

  it('titles the sections in English and keeps the plan’s own words in Chinese mode', async () => {
    const page = await openSeedPage(browser(), url, `lang=en`);
    expect(await page.locator('.filters fieldset', { hasText: 'Sections' }).textContent()).toContain('3. Make self-reliance in science');
    await page.close();
  });

  it('writes the English names from the command line with --lang en', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fengong-en-')), 'en.svg');
    await run('npx', ['tsx', 'web/tools/export.ts', SEED_FILE, '--format', 'svg-text', '--lang', 'en', '--out', out]);
    expect(readFileSync(out, 'utf8')).toContain(`${NDRC} (省发展改革委)`);
  });
});

describe('the Chinese interface', () => {
  it('says the findings in Chinese, never as codes', async () => {
    const page = await openSeedPage(browser(), url, `panel=quality`);
    const text = (await page.locator('.findings').textContent())!;
    expect(text).toContain('113 项任务的编号是根据前后写明的编号推断的');
    expect(text).not.toMatch(/number-inferred|task-without-division|collective-unit|[a-z]{4,}/);
    await page.close();
  });
});
