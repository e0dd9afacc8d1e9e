/**
 * `npm run export -- <plan.txt|plan.json> --format png|svg|svg-text|pptx|graphml|gexf|edges-csv|workload-csv|json`
 * with the view options of the app (`--view`, `--min` (unset: the plan's default threshold),
 * `--roles`, `--sections`, `--kinds`, `--isolated`, `--group`, `--seed`), the canvas the layout is made for (`--width`, `--height`; 1600×900 unless told),
 * `--scale 1|2|4` and `--transparent yes` for PNG, `--lang zh|en`, and `--out FILE` (a folder
 * gets the app's file name; no --out: standard output). Laid out and drawn by the very
 * functions the app uses, so the same input gives the app's picture, byte for byte in SVG.
 */
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { runCli } from '../../cli/run-cli';
import { optionFilters, optionLayout, parseCommand, ViewOptions } from './view-options';
import { buildNetwork } from '../src/graph/network-model';
import { layoutNetwork } from '../src/graph/layout-network';
import { exportGraph } from '../src/export/export-graph';
import { toGraphml } from '../src/export/to-graphml';
import { toGexf } from '../src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../src/export/to-csv';
import { localRankings } from '../src/data/plan-source';
import { measuredScene, pictureSvg } from '../src/export/picture-export';
import { scenesToPptx } from '../src/export/scene-to-pptx';
import { ExportFormat, exportFileName } from '../src/export/export-file-name';
import { glyphTable } from '../server/cjk-font';

const Options = ViewOptions.extend({
  format: ExportFormat.exclude(['html']),
  scale: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(4)])).default(2),
  transparent: z.enum(['yes', 'no']).default('no'),
  lang: z.enum(['zh', 'en']).default('zh'),
});
const USAGE =
  'usage: npm run export -- <plan.txt|plan.json> --format png|svg|svg-text|pptx|graphml|gexf|edges-csv|workload-csv|json [--view collaboration|assignments|projects] [--min N] [--roles all|lead] [--sections 2,3] [--kinds department,…] [--isolated hide|show] [--group none|communities] [--seed N] [--width 1600] [--height 900] [--scale 1|2|4] [--transparent yes] [--lang zh|en] [--out FILE|FOLDER]';

await runCli(async (args) => {
  const { file, options: o } = parseCommand(args, Options, USAGE);
  const plan = await readPlanInput(file);
  const filters = optionFilters(plan, o);
  const glyphs = async (chars: string) => glyphTable(chars);
  let output: string | Buffer | Uint8Array;
  if (o.format === 'json') output = JSON.stringify(plan, null, 2) + '\n';
  else if (o.format === 'workload-csv') output = workloadCsv(localRankings(plan).workload);
  else {
    const network = buildNetwork(o.view, plan, filters);
    const canvas = { width: o.width, height: o.height };
    // Stated, because the positions are those of this canvas: the app's GraphML matches
    // this file when its canvas had this size.
    if (o.format !== 'edges-csv') console.error(`layout: canvas ${canvas.width}×${canvas.height}, seed ${o.seed}`);
    const graph = exportGraph(plan, o.view, network, o.format === 'edges-csv' ? {} : layoutNetwork(network, o.seed, canvas, optionLayout(plan, o, filters)), filters);
    if (o.format === 'svg' || o.format === 'svg-text' || o.format === 'png') {
      const svg = await pictureSvg(graph, { language: o.lang, labels: o.format === 'svg-text' ? 'text' : 'outline', transparent: o.transparent === 'yes' }, glyphs);
      // The browser that draws a PNG (playwright) takes half a second to load: only for PNG.
      output = o.format === 'png' ? await (await import('./svg-to-png')).svgToPng(svg, o.scale, o.transparent === 'yes') : svg;
    } else if (o.format === 'pptx') {
      const { scene } = await measuredScene(graph, o.lang, glyphs);
      output = await scenesToPptx([scene], { title: graph.title, source: graph.source });
    } else output = o.format === 'graphml' ? toGraphml(graph) : o.format === 'gexf' ? toGexf(graph) : edgeListCsv(graph);
  }
  const name = exportFileName({ plan: plan.document.id, view: o.view, filters, format: o.format, scale: o.scale, transparent: o.transparent === 'yes' });
  const target = o.out && statSync(o.out, { throwIfNoEntry: false })?.isDirectory() ? join(o.out, name) : o.out;
  if (target) {
    await writeFile(target, output);
    console.error(target);
  } else process.stdout.write(output);
});
