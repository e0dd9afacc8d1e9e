/**
 * `npm run export -- <plan.txt|plan.json> --format graphml|gexf|edges-csv|workload-csv|json`
 * with the view options of the app (`--view`, `--min`, `--roles`, `--sections`, `--kinds`,
 * `--seed`) and `--out FILE` (default: standard output). The graph is the one the app shows
 * for those options, laid out with the same seeded fCoSE; the same input gives the same file.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { UnitKind } from '../../ingest/model';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { runCli, CliError } from '../../ingest/cli/run-cli';
import { buildNetwork } from '../src/graph/network-model';
import { exportGraph } from '../src/export/export-graph';
import { layoutPositions } from '../src/export/layout-positions';
import { toGraphml } from '../src/export/to-graphml';
import { toGexf } from '../src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../src/export/to-csv';
import { localRankings } from '../src/data/plan-source';

const Options = z.object({
  format: z.enum(['graphml', 'gexf', 'edges-csv', 'workload-csv', 'json']),
  view: z.enum(['collaboration', 'assignments', 'projects']).default('collaboration'),
  min: z.coerce.number().int().min(1).default(1),
  roles: z.enum(['all', 'lead']).default('all'),
  sections: z.string().default('').transform((s) => s.split(',').filter(Boolean).map(Number)),
  kinds: z.string().default('').transform((s) => s.split(',').filter(Boolean)).pipe(z.array(UnitKind)),
  seed: z.coerce.number().int().default(1),
  out: z.string().optional(),
});
const USAGE = 'usage: npm run export -- <plan.txt|plan.json> --format graphml|gexf|edges-csv|workload-csv|json [--view collaboration|assignments|projects] [--min N] [--roles all|lead] [--sections 2,3] [--kinds department,…] [--seed N] [--out FILE]';

await runCli(async (args) => {
  const files: string[] = [];
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
      raw[arg.slice(2)] = value;
    } else files.push(arg);
  }
  if (files.length !== 1) throw new CliError(USAGE);
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`--${issue.path.join('.')}: ${issue.message}\n${USAGE}`);
  }
  const o = parsed.data;
  const plan = await readPlanInput(files[0]!);
  let output: string;
  if (o.format === 'json') output = JSON.stringify(plan, null, 2) + '\n';
  else if (o.format === 'workload-csv') output = workloadCsv(localRankings(plan).workload);
  else {
    const network = buildNetwork(o.view, plan, { sections: o.sections, kinds: o.kinds, minShared: o.min, roles: o.roles });
    const graph = exportGraph(plan, o.view, network, o.format === 'edges-csv' ? {} : layoutPositions(network, o.seed));
    output = o.format === 'graphml' ? toGraphml(graph) : o.format === 'gexf' ? toGexf(graph) : edgeListCsv(graph);
  }
  if (o.out) await writeFile(o.out, output);
  else process.stdout.write(output);
});
