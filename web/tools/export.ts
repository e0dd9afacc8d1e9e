/**
 * `npm run export -- <plan.txt|plan.json> --format <word>`, the word as the app's export menu
 * names it (`png`, `png@4x`, `png@2x-transparent`, `svg`, `svg-text`, `pptx`, `graphml`, `gexf`,
 * `edges-csv`, `workload-csv`, `json`), with the view options the app's links use (`--view`,
 * `--min` (unset: the plan's default threshold), `--roles`, `--sections`, `--kinds`,
 * `--isolated`, `--group`, `--seed`, `--lang`; web/tools/view-options.ts), the canvas the layout
 * is made for (`--width`, `--height`; 1600×900 unless told), `--scale 1|2|4` and
 * `--transparent yes` for PNG, and `--out FILE` (a folder gets the app's file name; no --out:
 * standard output). Laid out and drawn by the very functions the app uses, so the same input
 * gives the app's picture, byte for byte in SVG.
 * `--compare <docA>,<docB>` draws the compare view's pictures instead (export-compare.ts).
 */
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { runCli } from '../../cli/run-cli';
import { CanvasOptions, optionFilters, optionLayout, parseCommand, VIEW_OPTION_KEYS, viewUsage } from './view-options';
import { buildNetwork } from '../src/graph/network-model';
import { layoutNetwork } from '../src/graph/layout-network';
import { exportGraph } from '../src/export/export-graph';
import { toGraphml } from '../src/export/to-graphml';
import { toGexf } from '../src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../src/export/to-csv';
import { localRankings } from '../src/data/plan-source';
import { completeRankings } from '../src/data/rankings-betweenness';
import { measuredScene, pictureSvg } from '../src/export/picture-export';
import { scenesToPptx } from '../src/export/scene-to-pptx';
import { exportFileName } from '../src/export/export-file-name';
import { DEFAULT_EXPORT, EXPORT_CHOICES, exportChoiceId, parseExportChoiceId, PngScale } from '../src/state/export-choice';
import { glyphTable } from '../server/cjk-font';

/** The formats by the words of the app's export menu (html has its own command, export:html). */
const FORMAT_WORDS = ['png', ...EXPORT_CHOICES.map(exportChoiceId)].filter((w) => w !== 'html');
const Options = CanvasOptions.extend({
  format: z.string().transform((word, ctx) => {
    const choice = parseExportChoiceId(word === 'png' ? exportChoiceId({ ...DEFAULT_EXPORT, format: 'png' }) : word);
    if (choice && choice.format !== 'html') return choice;
    ctx.addIssue({ code: 'custom', message: `expected one of ${FORMAT_WORDS.join('|')}` });
    return z.NEVER;
  }),
  /** PNG: overrides the scale the format word names. */
  scale: z.coerce.number().pipe(PngScale).optional(),
  transparent: z.enum(['yes', 'no']).optional(),
});
const VIEW_KEYS = [...VIEW_OPTION_KEYS, 'lang'] as const;
const USAGE = `usage: npm run export -- <plan.txt|plan.json> --format ${FORMAT_WORDS.join('|')} ${viewUsage(VIEW_KEYS)} [--width 1600] [--height 900] [--scale 1|2|4] [--transparent yes] [--out FILE|FOLDER]`;

await runCli(async (args) => {
  // Loaded only when asked for: it brings the database driver.
  if (args.includes('--compare')) return (await import('./export-compare')).exportComparison(args);
  const { file, view: v, options } = parseCommand(args, Options, USAGE, VIEW_KEYS);
  const { format } = options.format;
  const scale = options.scale ?? options.format.scale;
  const transparent = options.transparent === undefined ? options.format.transparent : options.transparent === 'yes';
  const o = { ...options, format, scale, transparent };
  const plan = await readPlanInput(file);
  const filters = optionFilters(plan, v);
  const glyphs = async (chars: string) => glyphTable(chars);
  let output: string | Buffer | Uint8Array;
  if (o.format === 'json') output = JSON.stringify(plan, null, 2) + '\n';
  else if (o.format === 'workload-csv') output = workloadCsv(completeRankings(plan, localRankings(plan)).workload);
  else {
    const network = buildNetwork(v.view, plan, filters);
    const canvas = { width: o.width, height: o.height };
    // Stated, because the positions are those of this canvas: the app's GraphML matches
    // this file when its canvas had this size.
    if (o.format !== 'edges-csv') console.error(`layout: canvas ${canvas.width}×${canvas.height}, seed ${v.seed}`);
    const graph = exportGraph(plan, v.view, network, o.format === 'edges-csv' ? {} : layoutNetwork(network, v.seed, canvas, optionLayout(plan, v, filters)), filters);
    if (o.format === 'svg' || o.format === 'svg-text' || o.format === 'png') {
      const svg = await pictureSvg(graph, { language: v.language, labels: o.format === 'svg-text' ? 'text' : 'outline', transparent: o.transparent }, glyphs);
      // The browser that draws a PNG (playwright) takes half a second to load: only for PNG.
      output = o.format === 'png' ? await (await import('./svg-to-png')).svgToPng(svg, o.scale, o.transparent) : svg;
    } else if (o.format === 'pptx') {
      const { scene } = await measuredScene(graph, v.language, glyphs);
      output = await scenesToPptx([scene], { title: graph.title, source: graph.source });
    } else output = o.format === 'graphml' ? toGraphml(graph) : o.format === 'gexf' ? toGexf(graph) : edgeListCsv(graph);
  }
  const name = exportFileName({ plan: plan.document.id, view: v.view, filters, format: o.format, scale: o.scale, transparent: o.transparent });
  const target = o.out && statSync(o.out, { throwIfNoEntry: false })?.isDirectory() ? join(o.out, name) : o.out;
  if (target) {
    await writeFile(target, output);
    console.error(target);
  } else process.stdout.write(output);
});
