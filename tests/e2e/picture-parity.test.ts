/**
 * The app and the command line draw the same picture: for each view, the SVG the app exports
 * renders in chromium with no console error, its labels are glyphs (not bars), and every node
 * stands where the command line's SVG of that view puts it; the GraphML of both lists the
 * same coordinates. The command line is given the canvas size the app laid out on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { openApp } from '../support/_browser';
import { browserForThisFile } from '../support/_seed-page';
import { seedLink } from '../support/_seed-link';
import { SEED_FILE } from '../support/_plans';

const run = promisify(execFile);
const url = inject('appUrl');
const scratch = mkdtempSync(join(tmpdir(), 'fengong-parity-'));
const browser = browserForThisFile();

async function exportFromApp(page: Page, choice: string): Promise<{ name: string; text: string }> {
  await page.locator('.export-menu select').selectOption(choice);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button').click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function exportFromCli(view: string, format: string, canvas: { width: number; height: number }): Promise<string> {
  const out = join(scratch, `${view}.${format}`);
  await run('npx', ['tsx', 'web/tools/export.ts', SEED_FILE, '--view', view, '--min', '3', '--format', format, '--width', String(canvas.width), '--height', String(canvas.height), '--out', out]);
  return readFileSync(out, 'utf8');
}

/** Node centres by name, read from an SVG as chromium lays it out. */
async function nodeCentres(page: Page, svg: string): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const host = document.createElement('div');
    host.append(document.importNode(doc.documentElement, true));
    document.body.append(host);
    const centres = Object.fromEntries(
      [...host.querySelectorAll('#nodes > *')].map((el) => {
        const box = (el as SVGGraphicsElement).getBBox();
        return [el.querySelector('title')!.textContent!, { x: box.x + box.width / 2, y: box.y + box.height / 2 }];
      }),
    );
    host.remove();
    return centres;
  }, svg);
}

/**
 * How the largest label draws, measured on pixels: its share of dark pixels and the number of
 * dark runs along its middle row. Glyphs give many runs; the bar the broken path data drew
 * gave one or two.
 */
async function labelInk(page: Page, svg: string): Promise<{ text: string; ink: number; runs: number }> {
  return page.evaluate(async (xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const host = document.createElement('div');
    host.append(document.importNode(doc.documentElement, true));
    document.body.append(host);
    const label = host.querySelector('[data-label]') as SVGGraphicsElement;
    const box = label.getBBox();
    const text = label.querySelector('title')?.textContent ?? label.textContent ?? '';
    host.remove();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(Math.floor(box.x), Math.floor(box.y), Math.ceil(box.width), Math.ceil(box.height));
    const dark = (i: number) => data.data[i]! + data.data[i + 1]! + data.data[i + 2]! < 300;
    let inked = 0;
    for (let i = 0; i < data.data.length; i += 4) if (dark(i)) inked++;
    let runs = 0;
    const row = Math.floor(data.height / 2);
    for (let x = 1; x < data.width; x++) if (dark(4 * (row * data.width + x)) && !dark(4 * (row * data.width + x - 1))) runs++;
    return { text, ink: inked / (data.width * data.height), runs };
  }, svg);
}

describe.each(['collaboration', 'assignments', 'projects'])('the %s view', (view) => {
  let page: Page;
  let canvas: { width: number; height: number };
  beforeAll(async () => {
    page = await openApp(browser(), seedLink(url, `view=${view}&min=3`));
    canvas = (await page.evaluate(() => window.__fengong!.layoutCanvas))!;
  });
  afterAll(() => page.close());

  it('exports an SVG that renders without errors, with glyphs for labels, where the command line draws it', async () => {
    const app = await exportFromApp(page, 'svg');
    expect(app.name).toBe(`guangdong-2022-task-division-${view}-min3@1x.svg`);
    const cli = await exportFromCli(view, 'svg', canvas);

    const viewer = await browser().newPage({ viewport: { width: 1600, height: 900 } });
    const errors: string[] = [];
    viewer.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    viewer.on('pageerror', (e) => errors.push(e.message));
    await viewer.setContent(`<!doctype html><body style="margin:0">${app.text.replace(/^<\?xml[^>]*>/, '')}</body>`);
    await viewer.waitForTimeout(100);
    expect(errors).toEqual([]);

    const [ours, theirs] = [await nodeCentres(viewer, app.text), await nodeCentres(viewer, cli)];
    expect(Object.keys(ours).length).toBeGreaterThan(20);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const [name, at] of Object.entries(ours)) {
      expect(Math.abs(at.x - theirs[name]!.x), name).toBeLessThanOrEqual(0.5);
      expect(Math.abs(at.y - theirs[name]!.y), name).toBeLessThanOrEqual(0.5);
    }

    const [inkApp, inkCli] = [await labelInk(viewer, app.text), await labelInk(viewer, cli)];
    expect(inkApp.text).toBe(inkCli.text);
    expect(inkApp.runs).toBeGreaterThanOrEqual([...inkApp.text].length);
    expect(inkApp.ink).toBeGreaterThan(0.08);
    expect(inkApp.ink).toBeLessThan(0.6);
    expect(Math.abs(inkApp.ink - inkCli.ink)).toBeLessThan(0.02);
    await viewer.close();
  });

  it('exports GraphML with the coordinates the command line writes for the same canvas', async () => {
    const app = await exportFromApp(page, 'graphml');
    const cli = await exportFromCli(view, 'graphml', canvas);
    // By name: a plan read from the database lists its units in another order than one parsed.
    const coordinates = (xml: string) => [...xml.matchAll(/<data key="label">([^<]*)<\/data>.*?<data key="x">([^<]*)<\/data><data key="y">([^<]*)<\/data>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`).sort();
    expect(coordinates(app.text).length).toBeGreaterThan(20);
    expect(coordinates(app.text)).toEqual(coordinates(cli));
  });
});
