/**
 * `npm run export:html -- <plan.txt|plan.json> [--view …] [--min N] [--roles …] [--sections …]
 * [--kinds …] [--seed N] --out page.html`: one self-contained HTML file — the app's script and
 * styles inlined, the plan, the view and the arrangement inside — that opens offline from a
 * file path, fully interactive, with no database and no server.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-neo4j';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { runCli, CliError } from '../../cli/run-cli';
import { buildNetwork } from '../src/graph/network-model';
import { layoutNetwork } from '../src/graph/layout-network';
import type { EmbeddedPlan } from '../src/data/embedded-plan';
import { standaloneAssets, standalonePage } from '../src/export/standalone-page';
import { viewToQuery } from '../src/state/url-state';
import { INITIAL_VIEW } from '../src/state/view-slice';
import { CanvasOptions, optionFilters, optionLayout, parseCommand, viewUsage } from './view-options';
import { glyphTable } from '../server/cjk-font';
import { pictureCharacters } from '../src/export/picture-characters';

const USAGE = `usage: npm run export:html -- <plan.txt|plan.json> ${viewUsage()} [--width 1600] [--height 900] --out page.html`;
const STANDALONE = join(PROJECT_ROOT, 'dist', 'standalone');

await runCli(async (args) => {
  const { file, view: v, options: o } = parseCommand(args, CanvasOptions, USAGE);
  if (!o.out) throw new CliError(`--out is needed\n${USAGE}`);
  const plan = await readPlanInput(file);
  const filters = optionFilters(plan, v);
  const network = buildNetwork(v.view, plan, filters);
  const embedded: EmbeddedPlan = {
    plan,
    // The page opens on the view the options state, as a link to it would.
    query: viewToQuery({ ...INITIAL_VIEW, ...v, documentId: plan.document.id }),
    positions: layoutNetwork(network, v.seed, { width: o.width, height: o.height }, optionLayout(plan, v, filters)),
    // The page's pictures outline their labels with these, having no server to ask.
    glyphs: glyphTable(pictureCharacters(plan)),
  };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', FENGONG_STANDALONE: '1' } });
  const html = await readFile(join(STANDALONE, 'index.html'), 'utf8');
  const [scriptPath, stylePath] = standaloneAssets(html);
  const page = standalonePage(
    html,
    await readFile(join(STANDALONE, scriptPath), 'utf8'),
    await readFile(join(STANDALONE, stylePath), 'utf8'),
    embedded,
  );
  await writeFile(o.out, page);
  console.log(`${o.out}: ${Math.round(page.length / 1024)} KiB, ${network.nodes.filter((n) => !n.hidden).length} nodes, opens offline`);
});
