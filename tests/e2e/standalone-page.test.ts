/**
 * The single-file HTML export: it opens from a file path with no server, shows the network
 * in the arrangement it was exported with, and the same plan, filters and seed give the same
 * file on every run.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { browserForThisFile } from '../support/_seed-page';
import { SEED_FILE, seedPlan } from '../support/_plans';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'fengong-html-'));
const browser = browserForThisFile();

const exportPage = (out: string) => run('npx', ['tsx', 'web/tools/export-html.ts', SEED_FILE, '--min', '4', '--out', out], { encoding: 'utf8' });

describe('npm run export:html', () => {
  it('writes the same file twice for the same plan, filters and seed', async () => {
    await exportPage(join(scratch, 'a.html'));
    await exportPage(join(scratch, 'b.html'));
    expect(readFileSync(join(scratch, 'a.html')).equals(readFileSync(join(scratch, 'b.html')))).toBe(true);
  });

  it('opens from a file path with no server and shows the network as arranged', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.goto(`file://${join(scratch, 'a.html')}`);
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
    const embedded = JSON.parse((await page.locator('#fengong-embedded').textContent())!) as { positions: Record<string, { x: number; y: number }> };
    expect(await page.evaluate(() => window.__fengong!.positions())).toEqual(embedded.positions);
    const tied = coOwnership(taskTeams(seedPlan())).filter((p) => p.shared >= 4);
    expect(await page.evaluate(() => window.__fengong!.visibleNodes())).toBe(new Set(tied.flatMap((p) => [p.a, p.b])).size);
    expect(await page.locator('input[type="range"]').inputValue()).toBe('4');
    expect(outside).toEqual([]);
    // Fully interactive: a click on a ranking opens the unit's profile.
    await page.locator('.rankings .unit-link').first().click();
    await expect.poll(() => page.locator('.unit-profile h2').textContent()).toBe('省发展改革委');
    await page.close();
  });
});
