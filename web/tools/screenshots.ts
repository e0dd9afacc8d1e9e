/**
 * `npm run screenshots`: the README's pictures, each view of the seed at 1440×900 in
 * Debian's chromium with Noto CJK, written to docs/screenshots/. Needs a running Neo4j with
 * the seed loaded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-neo4j';
import { openApp } from '../../tests/support/_browser';
import { withServedApp } from './served-app';

const SHOTS: ReadonlyArray<{ file: string; query: string }> = [
  { file: 'collaboration.png', query: `?min=3&unit=${encodeURIComponent('unit:省发展改革委')}` },
  { file: 'assignments.png', query: `?view=assignments&sections=5&task=${encodeURIComponent('task:37')}` },
  { file: 'projects.png', query: `?view=projects&project=${encodeURIComponent('project:广州港南沙港区四期工程')}` },
  { file: 'rankings.png', query: '?min=5&panel=rankings' },
];

const out = join(PROJECT_ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
await withServedApp(async (url, browser) => {
  for (const shot of SHOTS) {
    const page = await openApp(browser, `${url}${shot.query}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, shot.file) });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
});
