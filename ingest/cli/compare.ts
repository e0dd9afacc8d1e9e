/**
 * `npm run compare -- <docA> <docB> [--by identity|function] [--csv out.csv] [--pairs 15]`:
 * the diff of two plans in the database — per unit (same region) or per function (any two
 * plans): tasks led and supported, partners, coordination load and betweenness in each plan
 * and the change — and the ties that changed most. A document is named by its id or by the
 * file it was ingested from. Without --by, units are matched by identity when the two plans
 * share a region and level, by function otherwise; the output says which.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { runNamedQuery } from '../../cypher/named-queries';
import { documentIdOf } from '../parse/document-id';
import { identityContext } from '../corpus/unit-identity';
import { runCli, CliError } from '../../cli/run-cli';
import { compareCsv, compareText, type CompareReport, type DiffRow, type PairRow, type PlanFacts } from './compare-report';
import { firstIssue } from '../../common/first-issue';

const USAGE = 'usage: npm run compare -- <document A> <document B> [--by identity|function] [--csv out.csv] [--pairs 15]';

const Args = z.object({
  documents: z.tuple([z.string().min(1), z.string().min(1)], { message: `two documents are needed\n${USAGE}` }),
  by: z.enum(['identity', 'function'], { message: '--by is identity or function' }).optional(),
  csv: z.string().min(1).optional(),
  pairs: z.coerce.number({ message: '--pairs is a number' }).int().min(0).max(10_000).default(15),
});

function parseArgs(argv: readonly string[]): z.infer<typeof Args> {
  const documents: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      documents.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!['by', 'csv', 'pairs'].includes(name)) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    const value = argv[++i];
    if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
    options[name] = value;
  }
  const parsed = Args.safeParse({ documents, ...options });
  if (!parsed.success) throw new CliError(firstIssue(parsed.error).message);
  return parsed.data;
}

await runCli(async (argv) => {
  const args = parseArgs(argv);
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  try {
    const corpus = (await runNamedQuery(driver, settings, 'corpus', {})) as unknown as PlanFacts[];
    const [a, b] = args.documents.map((name) => findPlan(name, corpus)) as [PlanFacts, PlanFacts];
    const by = args.by ?? (a.identityScope !== null && a.identityScope === b.identityScope ? 'identity' : 'function');
    const params = { documentA: a.document, documentB: b.document, by };
    const rows = (await runNamedQuery(driver, settings, 'compare-plans', { ...params, limit: 100_000 })) as unknown as DiffRow[];
    const pairs = args.pairs === 0 ? [] : ((await runNamedQuery(driver, settings, 'compare-pairs', { ...params, limit: args.pairs })) as unknown as PairRow[]);
    const functions = identityContext().functions.byId;
    const label = (key: string) => (by === 'function' ? functions.get(key)?.zh ?? key.replace(/^unit:/, '') : key.slice(key.lastIndexOf('/') + 1));
    const report: CompareReport = { a, b, by, rows, pairs, label };
    process.stdout.write(compareText(report));
    if (args.csv) {
      await writeFile(args.csv, compareCsv(report));
      process.stderr.write(`wrote ${args.csv} (${rows.length} rows)\n`);
    }
  } finally {
    await driver.close();
  }
});

/** A plan by its id, or by the file it was ingested from; an unknown one is named with what there is. */
function findPlan(name: string, corpus: readonly PlanFacts[]): PlanFacts {
  const found = corpus.find((p) => p.document === name) ?? corpus.find((p) => p.document === documentIdOf(name));
  if (found) return found;
  const known = corpus.map((p) => p.document);
  const hint = known.length === 0 ? 'the database holds no plan — load some with `npm run ingest -- <folder>`' : `known: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ` and ${known.length - 8} more` : ''}`;
  throw new CliError(`no document "${name}" in the database (${hint})`);
}
