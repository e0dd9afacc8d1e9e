/**
 * `npm run screenshots`: the README's pictures, each view of the seed at 1440×900 (and the
 * app at phone width) in Debian's chromium with Noto CJK, written to docs/screenshots/.
 * Needs a running Neo4j with the seed loaded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-neo4j';
import { withServedApp } from './served-app';

// The seed by name: the database may hold other plans, and the app opens the first by year.
const q = (params: Record<string, string>) => `?${new URLSearchParams({ doc: 'guangdong-2022-task-division', ...params }).toString()}`;

const SHOTS: ReadonlyArray<{ file: string; query: string; width?: number; height?: number }> = [
  { file: 'collaboration.png', query: q({ unit: '省发展改革委' }) },
  { file: 'assignments.png', query: q({ view: 'assignments', sections: '5', task: '46' }) },
  { file: 'projects.png', query: q({ view: 'projects', project: '广州港南沙港区四期工程' }) },
  { file: 'rankings.png', query: q({ panel: 'rankings' }) },
  { file: 'pair.png', query: q({ pair: '省发展改革委,省工业和信息化厅' }) },
  { file: 'communities.png', query: q({ colour: 'community', group: 'communities', panel: 'communities' }) },
  { file: 'english.png', query: q({ lang: 'en', unit: '省发展改革委' }) },
  { file: 'phone.png', query: q({}), width: 390, height: 844 },
];

const out = join(PROJECT_ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
await withServedApp(async (url, browser) => {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width ?? 1440, height: shot.height ?? 900 } });
    await page.goto(`${url}${shot.query}`);
    await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
    await page.waitForFunction(() => (window.__fengong?.labelRevision ?? 0) > 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, shot.file) });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
});
