/**
 * `npm run export -- <plan.txt|plan.json> --format svg|png|graphml|gexf|edges-csv|workload-csv|json`
 * with the view options of the app (`--view`, `--min`, `--roles`, `--sections`, `--kinds`,
 * `--seed`) and `--out FILE` (default: standard output). The graph is the one the app shows
 * for those options, laid out with the same seeded fCoSE; the same input gives the same file.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { runCli } from '../../ingest/cli/run-cli';
import { parseCommand, ViewOptions } from './view-options';
import { buildNetwork } from '../src/graph/network-model';
import { exportGraph } from '../src/export/export-graph';
import { layoutPositions } from '../src/export/layout-positions';
import { toGraphml } from '../src/export/to-graphml';
import { toGexf } from '../src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../src/export/to-csv';
import { localRankings } from '../src/data/plan-source';
import { toSvg } from '../src/export/to-svg';
import { cjkOutliner } from '../server/cjk-font';
import { svgToPng } from './svg-to-png';

const Options = ViewOptions.extend({
  format: z.enum(['svg', 'png', 'graphml', 'gexf', 'edges-csv', 'workload-csv', 'json']),
  scale: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(4)])).default(2),
  lang: z.enum(['zh', 'en']).default('zh'),
});
const USAGE = 'usage: npm run export -- <plan.txt|plan.json> --format svg|png|graphml|gexf|edges-csv|workload-csv|json [--view collaboration|assignments|projects] [--min N] [--roles all|lead] [--sections 2,3] [--kinds department,…] [--seed N] [--scale 1|2|4] [--lang zh|en] [--out FILE]';

await runCli(async (args) => {
  const { file, options: o } = parseCommand(args, Options, USAGE);
  const plan = await readPlanInput(file);
  let output: string | Buffer;
  if (o.format === 'json') output = JSON.stringify(plan, null, 2) + '\n';
  else if (o.format === 'workload-csv') output = workloadCsv(localRankings(plan).workload);
  else {
    const network = buildNetwork(o.view, plan, { sections: o.sections, kinds: o.kinds, minShared: o.min, roles: o.roles });
    const graph = exportGraph(plan, o.view, network, o.format === 'edges-csv' ? {} : layoutPositions(network, o.seed));
    if (o.format === 'svg' || o.format === 'png') {
      const svg = toSvg(graph, { language: o.lang, outliner: cjkOutliner() });
      output = o.format === 'svg' ? svg : await svgToPng(svg, o.scale);
    } else output = o.format === 'graphml' ? toGraphml(graph) : o.format === 'gexf' ? toGexf(graph) : edgeListCsv(graph);
  }
  if (o.out) await writeFile(o.out, output);
  else process.stdout.write(output);
});
