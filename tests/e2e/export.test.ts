/** Exports from the app as a presenter makes them: files that other tools read. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/_browser';
import { seedPlan } from '../support/_plans';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';

const url = inject('appUrl');
const plan = seedPlan();
let browser: Browser;
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), 'fengong-export-'));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser, `${url}?min=8`);
});
afterAll(() => browser.close());

async function exportAs(format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('.export-menu select').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

describe('exports of the current view', () => {
  const units = new Set(plan.assignments.map((a) => a.unit)).size;
  const edges = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 8).length;

  it.each([
    ['graphml', 'graphml', 'node', 'edge'],
    ['gexf', 'gexf', 'node', 'edge'],
  ])('%s parses as XML with the nodes and edges on screen and their attributes', async (format, extension, nodeTag, edgeTag) => {
    const { name, bytes } = await exportAs(format);
    expect(name).toBe(`guangdong-2022-task-division-collaboration.${extension}`);
    const counts = await page.evaluate(
      ([xml, n, e]) => {
        const doc = new DOMParser().parseFromString(xml!, 'application/xml');
        const error = doc.getElementsByTagName('parsererror').length;
        const labels = [...doc.getElementsByTagName('node')].map((node) => node.getAttribute('label') ?? node.querySelector('data[key="label"]')?.textContent);
        const kinds = [...doc.querySelectorAll('data[key="kind"], attvalue[for="kind"]')].length;
        return { error, nodes: doc.getElementsByTagName(n!).length, edges: doc.getElementsByTagName(e!).length, labels, kinds };
      },
      [bytes.toString('utf8'), nodeTag, edgeTag],
    );
    expect(counts.error).toBe(0);
    expect(counts.nodes).toBe(units);
    expect(counts.edges).toBe(edges);
    expect(counts.labels).toContain('省发展改革委');
    expect(counts.kinds).toBe(units);
  });

  it('writes an SVG of the view with a title, the units’ names outlined, and a legend', async () => {
    const { name, bytes } = await exportAs('svg');
    expect(name).toBe('guangdong-2022-task-division-collaboration.svg');
    const facts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        circles: doc.querySelectorAll('#nodes circle').length,
        labels: [...doc.querySelectorAll('#labels path > title')].map((t) => t.textContent),
        texts: doc.getElementsByTagName('text').length,
        legend: doc.getElementById('legend')?.textContent ?? '',
      };
    }, bytes.toString('utf8'));
    expect(facts.errors).toBe(0);
    expect(facts.circles).toBe(units);
    expect(facts.labels).toContain('省发展改革委');
    expect(facts.texts).toBe(0);
    expect(facts.legend).toContain('政府部门');
  });

  it('writes a single-file HTML page with this view and its arrangement that opens from a file', async () => {
    const positions = await page.evaluate(() => window.__fengong!.positions());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.locator('.export-menu select').selectOption('html');
        await page.locator('.export-menu button').click();
      })(),
    ]);
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const offline = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await offline.goto(`file://${file}`);
    await offline.waitForSelector('.graph-canvas[data-layout]');
    expect(await offline.evaluate(() => window.__fengong!.positions())).toEqual(positions);
    expect(await offline.locator('input[type="range"]').inputValue()).toBe('8');
    await offline.close();
  });

  it('writes CSV that Excel opens with the Chinese intact', async () => {
    const { bytes } = await exportAs('workload');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('unit,kind,ledTasks,primaryLeads,supportedTasks,partners,coordinationLoad,betweenness');
    expect(lines[1]).toMatch(/^省发展改革委,department,26,/);
  });

  it.each([
    ['png1', 1],
    ['png2', 2],
    ['png4', 4],
  ])('writes %s as a PNG of the view at its scale', async (format, scale) => {
    const { bytes } = await exportAs(format);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const canvasWidth = await page.locator('.graph-canvas').evaluate((el) => el.clientWidth);
    expect(Math.abs(width - canvasWidth * scale)).toBeLessThanOrEqual(scale * 2);
  });
});
