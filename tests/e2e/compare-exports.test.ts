/**
 * Exports of the compare view and the shares-of-leads page, in chromium, over the comparison
 * corpus loaded under ids of its own: the SVG holds both plans' headings and every shared
 * unit at the same place in both halves, the PPTX has one slide per plan with the unit at the
 * same place on both, the legend speaks the page's language; the shares page shows the shares
 * counted from the plans' division lines, an unknown-function row included.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { launchBrowser } from '../support/_browser';
import { driver, removeDocuments, settings } from '../support/_database';
import { COMPARE_CORPUS_DIR } from '../support/_corpus';
import { expectedDiff } from '../support/_compare';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { identityContext, unitIdentities } from '../../ingest/corpus/unit-identity';
import { taskTeams } from '../../ingest/metrics/task-teams';
import type { ParsedPlan } from '../../ingest/model';

const url = inject('appUrl');
const PREFIX = 'e2e-cmpx-';
const NAMES = ['zhejiang-province-2022', 'zhejiang-province-2023', 'fujian-province-2023', 'ningbo-city-2022'] as const;
const plans: Record<string, ParsedPlan> = Object.fromEntries(NAMES.map((name) => [name, parsePlanBytes(readFileSync(join(COMPARE_CORPUS_DIR, `${name}.txt`)), `${PREFIX}${name}.txt`)]));
// Two lead units no functions file knows (专班), one of them beside a second: three lead slots of four.
const UNKNOWN_PLAN = `测试省2023年政府工作报告重点工作分工方案
一、扩大有效投资
（一）扩大有效投资。全年实施省重点项目100个。（牵头单位：省发展改革委；配合单位：省财政厅）
（二）推进城市更新。完成老旧小区改造200个。（牵头单位：省城市更新工作专班；配合单位：省财政厅）
（三）建设数字乡村。建成数字乡村示范村50个。（牵头单位：省城市更新工作专班、省数字乡村推进专班；配合单位：省发展改革委）
`;
plans['unknown-province-2023'] = parsePlanBytes(Buffer.from(UNKNOWN_PLAN), `${PREFIX}unknown-province-2023.txt`);
const id = (name: string) => `${PREFIX}${name}`;

let browser: Browser;
let d: Driver;

beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
  for (const plan of Object.values(plans)) await loadPlan(d, settings, plan);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeDocuments(d, PREFIX);
  await d.close();
});

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer; ms: number }> {
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const bytes = readFileSync((await file.path())!);
  return { name: file.suggestedFilename(), bytes, ms: Date.now() - started };
}

/** The outlined texts of an SVG group and its discs (name, centre, fill), read by the browser's XML parser. */
const readSvg = (page: Page, svg: string) =>
  page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const texts = (group: string) => [...doc.querySelectorAll(`#${group} path > title`)].map((t) => t.textContent ?? '');
    const discs = [...doc.querySelectorAll('#nodes circle')].map((c) => ({ name: c.querySelector('title')?.textContent ?? '', cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')), fill: c.getAttribute('fill') }));
    return { errors: doc.getElementsByTagName('parsererror').length, width: Number(doc.documentElement.getAttribute('width')), title: texts('title'), legend: texts('legend'), labels: texts('labels'), discs, texts: doc.getElementsByTagName('text').length };
  }, svg);

describe('exports of the compare view', () => {
  const [a, b] = [id('zhejiang-province-2022'), id('zhejiang-province-2023')];
  const expected = expectedDiff(plans['zhejiang-province-2022']!, plans['zhejiang-province-2023']!, 'identity');
  const shared = expected.filter((e) => e.namesA.length > 0 && e.namesB.length > 0);
  let page: Page;
  let appSvg = '';
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await page.goto(`${url}?compare=${a},${b}&by=identity`);
    await page.locator('[data-testid="compare-picture-B"]').waitFor({ timeout: 15_000 });
  });
  afterAll(() => page.close());

  it('writes an SVG with both plans titled and every shared unit at the same place in both halves', async () => {
    const { name, bytes, ms } = await download(page, 'SVG 图片');
    console.log(`compare SVG export, first: ${ms} ms (shared machine)`);
    expect(name).toBe(`${a}-vs-${b}-identity@1x.svg`);
    const svg = await readSvg(page, bytes.toString('utf8'));
    expect(svg.errors).toBe(0);
    expect(svg.texts).toBe(0);
    expect(svg.title).toEqual(expect.arrayContaining(['A · 浙江 · 2022 · 省', 'B · 浙江 · 2023 · 省', plans['zhejiang-province-2022']!.document.title, plans['zhejiang-province-2023']!.document.title]));
    expect(svg.legend).toEqual(expect.arrayContaining(['新增', '消失', '增加', '减少', '不变', '本方案无此单位']));
    const half = svg.width / 2;
    const filled = svg.discs.filter((c) => c.fill !== 'none');
    // Each half draws the units of its own plan, with their change.
    expect(filled.filter((c) => c.cx < half).length).toBe(expected.filter((e) => e.namesA.length > 0).length);
    expect(filled.filter((c) => c.cx > half).length).toBe(expected.filter((e) => e.namesB.length > 0).length);
    const offsets = shared.map((e) => {
      const [left, right] = [filled.find((c) => c.cx < half && c.name.startsWith(`${e.namesA.join('、')} · `)), filled.find((c) => c.cx > half && c.name.startsWith(`${e.namesB.join('、')} · `))];
      expect(left, e.key).toBeDefined();
      expect(right, e.key).toBeDefined();
      return [Math.round((right!.cx - left!.cx) * 100) / 100, Math.round((right!.cy - left!.cy) * 100) / 100];
    });
    expect(new Set(offsets.map(([dx, dy]) => `${dx},${dy}`)).size).toBe(1);
    expect(offsets[0]![1]).toBe(0);
    // The other half: one panel and the gap between them to the right.
    expect(offsets[0]![0]).toBeGreaterThan(half * 0.9);
    expect(offsets[0]![0]).toBeLessThan(half * 1.1);
    const dev = filled.find((c) => c.cx > half && c.name.startsWith('省发展改革委 · '))!;
    expect(dev.name).toBe(`省发展改革委 · ${{ grown: '增加', shrunk: '减少', same: '不变' }[expected.find((e) => e.key === 'province/浙江/省发展改革委')!.status as 'same']}`);
    expect(svg.labels).toContain('省发展改革委');
    const again = await download(page, 'SVG 图片');
    console.log(`compare SVG export, repeated: ${again.ms} ms (shared machine)`);
    appSvg = again.bytes.toString('utf8');
  });

  it('draws the same SVG from the command line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fengong-compare-'));
    const started = Date.now();
    await promisify(execFile)('npx', ['tsx', 'web/tools/export.ts', '--compare', `${a},${b}`, '--by', 'identity', '--format', 'svg', '--out', out]);
    console.log(`npm run export -- --compare (svg): ${Date.now() - started} ms (shared machine)`);
    expect(readFileSync(join(out, `${a}-vs-${b}-identity@1x.svg`), 'utf8')).toBe(appSvg);
  });

  it('writes a 2× PNG of the same picture', async () => {
    const { name, bytes, ms } = await download(page, 'PNG 图片');
    console.log(`compare PNG export: ${ms} ms (shared machine)`);
    expect(name).toBe(`${a}-vs-${b}-identity@2x.png`);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3200, 1800]);
    await import('node:fs/promises').then((fs) => fs.writeFile('dist/compare-export.png', bytes));
  });

  it('writes a deck of two slides, one plan on each, the shared units at the same place on both', async () => {
    const { name, bytes, ms } = await download(page, 'PowerPoint (PPTX)');
    console.log(`compare PPTX export: ${ms} ms (shared machine)`);
    expect(name).toBe(`${a}-vs-${b}-identity@1x.pptx`);
    await import('node:fs/promises').then((fs) => fs.writeFile('dist/compare-export.pptx', bytes));
    const { default: JSZip } = await import('jszip');
    const deck = await JSZip.loadAsync(bytes);
    const slides = Object.keys(deck.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    expect(slides).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
    const [one, two] = await Promise.all(slides.map((f) => deck.file(f)!.async('string')));
    expect(one).toContain('A · 浙江 · 2022 · 省');
    expect(two).toContain('B · 浙江 · 2023 · 省');
    // A disc is a shape named after its unit; the centre of its box is its place on the slide
    // (its size follows its load in each plan). Boxes are written to 1/10,000 inch: 92 EMU.
    const centre = (xml: string, unit: string) => {
      const m = new RegExp(`name="${unit.replace(/[()[\]]/g, '\\$&')} · [^"]*"[\\s\\S]*?<a:off x="(\\d+)" y="(\\d+)"/><a:ext cx="(\\d+)" cy="(\\d+)"`).exec(xml);
      return m ? [Number(m[1]) + Number(m[3]) / 2, Number(m[2]) + Number(m[4]) / 2] : null;
    };
    for (const e of shared) {
      const [p1, p2] = [centre(one!, e.namesA.join('、')), centre(two!, e.namesB.join('、'))];
      expect(p1, e.key).not.toBeNull();
      expect(Math.abs(p2![0]! - p1![0]!) + Math.abs(p2![1]! - p1![1]!), e.key).toBeLessThan(200);
    }
  });
});

describe('the compare picture in English', () => {
  it('titles the plans and writes the legend in English, the units’ names in Chinese', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await page.goto(`${url}?compare=${id('zhejiang-province-2023')},${id('ningbo-city-2022')}&by=function&lang=en`);
    await page.locator('[data-testid="compare-picture-B"]').waitFor({ timeout: 15_000 });
    const svg = await readSvg(page, (await download(page, 'SVG picture')).bytes.toString('utf8'));
    expect(svg.title).toEqual(expect.arrayContaining(['Two plans compared · By function', 'A · 浙江 · 2023 · province', 'B · 宁波 · 2022 · city']));
    expect(svg.legend).toEqual(expect.arrayContaining(['new', 'dropped', 'grown', 'shrunk', 'unchanged', 'not in this plan']));
    expect(svg.labels).toContain('市发展改革委');
    await page.close();
  });
});

describe('the shares of leads by function', () => {
  const chosen = ['fujian-province-2023', 'zhejiang-province-2023', 'ningbo-city-2022', 'unknown-province-2023'];
  const pct = (leads: number, slots: number) => `${((100 * leads) / slots).toFixed(1)}%`;

  it('shows each plan’s shares as counted from its division lines, adding up to 100%, sortable, and as CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await page.goto(`${url}?page=shares&plans=${chosen.map(id).join(',')}`);
    await page.locator('[data-testid="shares-table"]').waitFor({ timeout: 15_000 });
    const cell = (fn: string, name: string) => page.locator(`[data-testid="shares-table"] tr[data-function="${fn}"] td[data-document="${id(name)}"]`).textContent();
    const headings = await page.locator('[data-testid="shares-table"] thead th[data-document]').allTextContents();
    expect(headings.map((h) => h.replace(/ [▲▼]$/, ''))).toEqual(['福建 2023 省', '浙江 2023 省', '宁波 2022 市', '测试 2023 省']);
    // Counted by hand in fujian-province-2023.txt: 25 tasks, two of them with two leading
    // functions, 27 lead slots; 省发展改革委 leads 6, 省商务厅 3, 省生态环境厅 2, 省林业局 1.
    expect(await cell('development-and-reform', 'fujian-province-2023')).toBe(pct(6, 27));
    expect(await cell('commerce', 'fujian-province-2023')).toBe(pct(3, 27));
    expect(await cell('ecology-and-environment', 'fujian-province-2023')).toBe(pct(2, 27));
    expect(await cell('forestry', 'fujian-province-2023')).toBe(pct(1, 27));
    expect(await cell('forestry', 'zhejiang-province-2023')).toBe(pct(0, 1));
    // The inline plan: 省发展改革委 one slot, the two 专班 (no known function) three of four.
    expect(await cell('development-and-reform', 'unknown-province-2023')).toBe('25.0%');
    expect(await cell('unknown', 'unknown-province-2023')).toBe('75.0%');
    expect(await page.locator('tr[data-function="unknown"] th').textContent()).toBe('未知职能');
    // Every function of every plan, from the parsed plans' lead teams.
    for (const name of chosen) {
      const plan = plans[name]!;
      const fnOf = new Map(unitIdentities(plan, identityContext()).map((i) => [i.unit, i.function ?? `unit:${i.unit}`]));
      const leads = new Map<string, number>();
      let slots = 0;
      for (const team of taskTeams(plan))
        for (const fn of new Set(team.leads.map((u) => fnOf.get(u)!))) {
          const row = fn.startsWith('unit:') ? 'unknown' : fn;
          leads.set(row, (leads.get(row) ?? 0) + 1);
          slots += 1;
        }
      const shown = await page.locator(`[data-testid="shares-table"] tbody td[data-document="${id(name)}"]`).evaluateAll((tds) =>
        tds.filter((td) => td.getAttribute('data-leads') !== '0').map((td) => [td.closest('tr')!.getAttribute('data-function'), td.textContent]),
      );
      expect(Object.fromEntries(shown)).toEqual(Object.fromEntries([...leads].map(([fn, n]) => [fn, pct(n, slots)])));
      expect(await page.locator(`tfoot td[data-document="${id(name)}"]`).textContent()).toBe('100.0%');
    }
    // Sorted by Zhejiang's shares, largest first; the unknown row stays last.
    await page.getByRole('button', { name: '浙江 2023 省' }).click();
    const order = await page.locator('[data-testid="shares-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-function'), Number(tr.querySelectorAll('td')[1]!.getAttribute('data-leads'))] as const));
    expect(order.at(-1)![0]).toBe('unknown');
    const values = order.slice(0, -1).map(([, n]) => n);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    expect(order[0]![0]).toBe('development-and-reform');
    await page.screenshot({ path: 'dist/shares-page.png', fullPage: true });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '份额表 CSV' }).click()]);
    const csv = readFileSync((await file.path())!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n').map((line) => line.split(','));
    const column = csv[0]!.indexOf(`${id('fujian-province-2023')} share`);
    expect(csv.find((r) => r[0] === 'development-and-reform')![column]).toBe(String(Number((6 / 27).toFixed(6))));
    expect(csv.at(-1)![0]).toBe('unknown');
    await page.close();
  });

  it('shows every plan of the corpus when the link names none, and keeps a choice in the link', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${url}?page=corpus`);
    await page.getByRole('link', { name: '牵头份额' }).click();
    await page.locator('[data-testid="shares-table"]').waitFor({ timeout: 15_000 });
    const headers = () => page.locator('[data-testid="shares-table"] thead th[data-document]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-document')));
    expect(await headers()).toEqual(expect.arrayContaining(Object.keys(plans).map(id)));
    await page.locator('.shares-plans summary').click();
    await page.locator(`label[data-document="${id('ningbo-city-2022')}"] input`).uncheck();
    expect(await headers()).not.toContain(id('ningbo-city-2022'));
    expect(new URL(page.url()).searchParams.get('plans')?.split(',')).toEqual((await headers()) as string[]);
    await page.close();
  });
});
