/**
 * A researcher drops the plan they downloaded onto the app — here the seed as a Word document
 * — and sees its network, rankings and findings at once: read in the page by the project's
 * readers in a Web Worker, with no request carrying it anywhere. The same works in the
 * offline page, and a file that is not a plan says why.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/_browser';
import { SEED_FILE, SEED_TEXT, seedPlan } from '../support/_plans';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { readTablePlan, writeTablePlan } from '../support/_table-plans';

const run = promisify(execFile);
let browser: Browser;
let docx: Buffer;

beforeAll(async () => {
  browser = await launchBrowser();
  const paragraphs = SEED_TEXT.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));
});
afterAll(() => browser.close());

/** Drops a file on the page the way a browser delivers a dragged file. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name);
      const transfer = new DataTransfer();
      transfer.items.add(file);
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    },
    { name, data: bytes.toString('base64') },
  );
}

/** Waits for the plan read from `file` (the database's plan may be on screen before it), then checks it is the seed. */
async function expectSeedOpened(page: Page, file: string): Promise<void> {
  const plan = seedPlan();
  await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent(), { timeout: 30_000 }).toContain(file);
  expect(await page.locator('[data-testid="doc-title"]').textContent()).toContain('2022年省〈政府工作报告〉重点任务分工方案');
  await page.locator('input[type="range"]').fill('1');
  const tied = coOwnership(taskTeams(plan));
  await expect.poll(() => page.evaluate(() => window.__fengong!.visibleEdges())).toBe(tied.length);
  await page.locator('.search input').fill('省发展改革委');
  await page.locator('.search li button', { hasText: '省发展改革委' }).first().click();
  await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('省发展改革委');
  const led = page.locator('.unit-profile section', { hasText: '牵头的任务' }).locator('li');
  await expect.poll(() => led.count()).toBe(plan.tasks.filter((t) => t.leads.includes('省发展改革委')).length);
  expect(await led.count()).toBe(26);
}

describe('opening a plan file in the page', { timeout: 180_000 }, () => {
  it('reads a dropped Word document of the seed without any data request leaving the page', async () => {
    const page = await openApp(browser, inject('appUrl'));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await dropFile(page, 'guangdong-2022.docx', docx);
    await expectSeedOpened(page, 'guangdong-2022.docx');
    // Only the app's own code is fetched (the reader's script); no API call, nothing sent.
    expect(requests.filter((r) => !/^GET \/assets\//.test(r))).toEqual([]);
    await page.close();
  });

  it('reads a file chosen with the file chooser and says why a file is not a plan', async () => {
    const page = await openApp(browser, inject('appUrl'));
    await page.locator('input[type="file"]').setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from('关于做好工作的通知\n各单位要高度重视。\n') });
    await expect.poll(() => page.locator('[role="alert"]').first().textContent(), { timeout: 30_000 }).toContain('notice.txt: no task could be read');
    await page.locator('input[type="file"]').setInputFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(SEED_TEXT) });
    await expectSeedOpened(page, 'seed.txt');
    await page.close();
  });

  it('points a task read from an Excel sheet at its sheet and row', async () => {
    const table = readTablePlan('wuhu-city-2023');
    const { bytes, rowOf } = await writeTablePlan(table, 'xlsx');
    const page = await openApp(browser, inject('appUrl'));
    await page.locator('input[type="file"]').setInputFiles({ name: 'wuhu.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await expect.poll(() => page.locator('[data-testid="doc-title"]').textContent(), { timeout: 30_000 }).toContain('wuhu.xlsx');
    expect(await page.locator('[data-testid="doc-title"]').textContent()).toContain(table.title);
    const first = table.rows.findIndex((row) => 'cells' in row);
    const row = table.rows[first]!;
    const words = 'cells' in row ? row.cells[table.header.indexOf('重点任务')]!.replace(/\n/g, '').slice(0, 8) : '';
    await page.locator('.search input').fill(words);
    await page.locator('.search li button').first().click();
    const sheetRow = /row (\d+)$/.exec(rowOf(first))![1];
    await expect.poll(() => page.locator('.task-detail').textContent()).toContain(`工作表「任务分工」第 ${sheetRow} 行`);
    await page.close();
  });

  it('reads a dropped Word document in the offline page', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fengong-drop-')), 'offline.html');
    await run('npx', ['tsx', 'web/tools/export-html.ts', SEED_FILE, '--out', out], { encoding: 'utf8' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.goto(`file://${out}`);
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
    await dropFile(page, 'guangdong-2022.docx', docx);
    await expectSeedOpened(page, 'guangdong-2022.docx');
    expect(outside).toEqual([]);
    await page.close();
  });
});
