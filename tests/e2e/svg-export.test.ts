/**
 * The SVG export from the command line: valid XML whose labels are outlines of Noto CJK (so
 * any viewer shows them) and also <title> text, laid out without overlapping labels, with a
 * title, a legend and the source, rendering in chromium to a legible picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/_browser';
import { SEED_FILE, seedPlan } from '../support/_plans';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'fengong-svg-'));
let browser: Browser;
let svg: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const out = join(scratch, 'collaboration.svg');
  // Every unit, the untied ones too: the picture with the most labels to place.
  await run('npx', ['tsx', 'web/tools/export.ts', SEED_FILE, '--format', 'svg', '--min', '3', '--isolated', 'show', '--out', out], { encoding: 'utf8' });
  svg = readFileSync(out, 'utf8');
});
afterAll(() => browser.close());

describe('npm run export -- --format svg', () => {
  it('is valid XML with the units’ names as outlined labels and as text', async () => {
    const page = await browser.newPage();
    const facts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        titles: [...doc.querySelectorAll('#labels title')].map((t) => t.textContent),
        textElements: doc.getElementsByTagName('text').length,
        circles: doc.querySelectorAll('#nodes circle').length,
        heading: doc.querySelector('#title title')?.textContent,
        source: [...doc.querySelectorAll('#legend title')].map((t) => t.textContent),
      };
    }, svg);
    expect(facts.errors).toBe(0);
    expect(facts.textElements).toBe(0);
    expect(facts.circles).toBe(new Set(seedPlan().assignments.map((a) => a.unit)).size);
    expect(facts.titles).toContain('省发展改革委');
    expect(facts.titles.length).toBeGreaterThan(80);
    expect(facts.heading).toBe('2022年省〈政府工作报告〉重点任务分工方案');
    expect(facts.source).toContain('来源：guangdong-2022-task-division.txt · Fengong 分工');
    expect(svg).not.toContain('NaN');
    await page.close();
  });

  it('renders in chromium with no two labels overlapping', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-label]')].map((el) => {
        const b = (el as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(80);
    for (const b of boxes) expect(b.w).toBeGreaterThan(10);
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5));
    expect(overlapping).toEqual([]);
    await page.close();
  });
});
