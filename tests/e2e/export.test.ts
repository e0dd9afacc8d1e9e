/** Exports from the app as a presenter makes them: files that other tools read. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/_browser';
import { seedLink } from '../support/_seed-link';
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
  page = await openApp(browser, seedLink(url, 'min=8'));
});
afterAll(() => browser.close());

async function exportAs(format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('.export-menu select').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

describe('exports of the current view', () => {
  const tied = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 8);
  // Units without a tie at the threshold are hidden, on screen and in the files.
  const units = new Set(tied.flatMap((p) => [p.a, p.b])).size;
  const edges = tied.length;

  it.each([
    ['graphml', 'graphml', 'node', 'edge'],
    ['gexf', 'gexf', 'node', 'edge'],
  ])('%s parses as XML with the nodes and edges on screen and their attributes', async (format, extension, nodeTag, edgeTag) => {
    const { name, bytes } = await exportAs(format);
    expect(name).toBe(`guangdong-2022-task-division-collaboration-min8.${extension}`);
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
    expect(name).toBe('guangdong-2022-task-division-collaboration-min8@1x.svg');
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
    const { bytes } = await exportAs('workload-csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('unit,kind,ledTasks,primaryLeads,supportedTasks,partners,coordinationLoad,betweenness');
    expect(lines[1]).toMatch(/^省发展改革委,department,26,/);
  });

  it.each([
    ['png@1x', 1, 'guangdong-2022-task-division-collaboration-min8@1x.png'],
    ['png@2x', 2, 'guangdong-2022-task-division-collaboration-min8@2x.png'],
    ['png@4x', 4, 'guangdong-2022-task-division-collaboration-min8@4x.png'],
    ['png@2x-transparent', 2, 'guangdong-2022-task-division-collaboration-min8@2x-transparent.png'],
  ])('writes %s as the 16:9 picture at its scale, under a name of its own', async (format, scale, expected) => {
    const { name, bytes } = await exportAs(format);
    expect(name).toBe(expected);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600 * scale, 900 * scale]);
  });

  it('writes a 2× PNG that shows the title, the legend and the source, as the SVG draws them', async () => {
    const png = (await exportAs('png@2x')).bytes;
    const svg = (await exportAs('svg')).bytes.toString('utf8');
    const viewer = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    // Ink in the picture's title, legend and source bands, on the PNG and on the SVG drawn at 2×.
    const bands = await viewer.evaluate(
      async ([pngBase64, svgText]) => {
        const draw = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [3200, 1800];
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0, 3200, 1800);
          const ink = (x: number, y: number, w: number, h: number) => {
            const data = context.getImageData(x, y, w, h).data;
            let dark = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 128 && data[i]! + data[i + 1]! + data[i + 2]! < 450) dark++;
            return dark / (w * h);
          };
          return { title: ink(80, 40, 1200, 80), legend: ink(2500, 220, 600, 500), source: ink(80, 1720, 900, 60), emptyCorner: ink(3100, 1700, 90, 90) };
        };
        const svgUrl = URL.createObjectURL(new Blob([svgText!], { type: 'image/svg+xml' }));
        return { png: await draw(`data:image/png;base64,${pngBase64}`), svg: await draw(svgUrl) };
      },
      [png.toString('base64'), svg],
    );
    await viewer.close();
    expect(bands.png.title).toBeGreaterThan(0.03);
    expect(bands.png.legend).toBeGreaterThan(0.01);
    expect(bands.png.source).toBeGreaterThan(0.01);
    expect(bands.png.emptyCorner).toBe(0);
    for (const band of ['title', 'legend', 'source'] as const) expect(Math.abs(bands.png[band] - bands.svg[band])).toBeLessThan(0.01);
  });

  it('writes the PNG and SVG with the legend in the selected language', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const svg = (await exportAs('svg')).bytes.toString('utf8');
    await page.getByRole('button', { name: '中文' }).click();
    const legend = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'image/svg+xml').getElementById('legend')!.textContent ?? '', svg);
    expect(legend).toContain('Legend');
    expect(legend).toContain('Government department');
    expect(legend).toContain('Edge width = shared tasks');
    expect(legend).not.toContain('政府部门');
  });

  it('writes an SVG whose labels are text in the CJK font stack when asked for editable text', async () => {
    const { name, bytes } = await exportAs('svg-text');
    expect(name).toBe('guangdong-2022-task-division-collaboration-min8@1x-text.svg');
    const texts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return [...doc.querySelectorAll('#labels text')].map((t) => ({ text: t.textContent, font: t.getAttribute('font-family') }));
    }, bytes.toString('utf8'));
    expect(texts.map((t) => t.text)).toContain('省发展改革委');
    expect(texts[0]!.font).toContain('Noto Sans CJK SC');
  });
});
