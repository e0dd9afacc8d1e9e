/**
 * `npm run ingest -- <file|folder>… [--region 浙江] [--year 2022] [--level province]`: parse and
 * load plans (text, web pages, Word, Excel, CSV/TSV, PDF, or parsed-plan .json) into Neo4j, one
 * transaction per document, three documents at a time (ingest/load/load-corpus.ts). Region,
 * year and level given on the command line replace those read from the titles (the database
 * keeps both). A line per file — or, on a terminal, a
 * progress bar — then a summary table when there are several files, and the units no function
 * is known for. A plan that fails leaves no trace of itself and the others still load; the
 * exit status is 1 when any failed.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { readPlanInput } from '../load/read-plan-input';
import { applySchema } from '../load/load-plan';
import { loadCorpus } from '../load/load-corpus';
import { describeGivenFacts, withGivenFacts } from '../corpus/given-facts';
import { identityContext, unitIdentities, unitsWithoutFunction } from '../corpus/unit-identity';
import { runCli, CliError, userMessageOf } from '../../cli/run-cli';
import { parseIngestArgs } from './ingest-args';
import { progressBar } from './progress-bar';
import { ingestSummary, type IngestRow } from './ingest-summary';

const PLAN_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.docx', '.xlsx', '.csv', '.tsv', '.pdf'];

await runCli(async (argv) => {
  const args = parseIngestArgs(argv);
  const files = (await Promise.all(args.paths.map(planFilesIn))).flat();
  if (files.length === 0) throw new CliError(`no plan files (${PLAN_EXTENSIONS.join(' ')}) in ${args.paths.join(', ')}`);
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  const identity = identityContext();
  // On a terminal the bar replaces the per-file lines; logs and pipes keep one line per file.
  const bar = progressBar(process.stderr);
  const lines = !process.stderr.isTTY;
  const rows: IngestRow[] = [];
  const unplaced = new Map<string, string[]>();
  const started = performance.now();
  try {
    await applySchema(driver, settings);
    const readFile = (file: string) => readPlanInput(file).then((plan) => withGivenFacts(plan, args.given));
    let i = 0;
    // Three plans are read and written at once, each in its own transaction; their lines come
    // in the files' order.
    for await (const outcome of loadCorpus(driver, settings, files, readFile, { identity })) {
      const file = outcome.source;
      const name = relative(process.cwd(), file) || file;
      const label = `[${++i}/${files.length}] ${name}`;
      bar.update({ done: i - 1, total: files.length, elapsedMs: performance.now() - started, label: basename(file) });
      if ('result' in outcome) {
        const { plan, given } = outcome.read;
        const result = outcome.result;
        const withoutFunction = unitsWithoutFunction(unitIdentities(plan, identity));
        for (const unit of withoutFunction) unplaced.set(unit, [...(unplaced.get(unit) ?? []), plan.document.id]);
        const c = result.counts;
        rows.push({
          file: name,
          status: result.status,
          region: plan.document.region,
          level: plan.document.level,
          year: plan.document.year,
          given: given.map((g) => g.fact),
          tasks: c.tasks,
          units: c.units,
          assignments: c.leads + c.supports,
          findings: c.findings,
          withoutFunction: withoutFunction.length,
          milliseconds: result.milliseconds,
        });
        if (lines) {
          const facts = given.length > 0 ? `; given ${describeGivenFacts(given)}` : '';
          console.log(
            `${label}: ${result.status} — ${c.tasks} tasks, ${c.leads} lead and ${c.supports} support assignments, ${c.units} units, ${c.projects} projects, ${c.findings} findings (${Math.round(result.milliseconds)} ms)${facts}`,
          );
        }
        continue;
      }
      const error = outcome.error;
      bar.clear();
      const code = (error as { code?: string }).code;
      // The connection dropped at the commit: it may have landed, so "not loaded" could be false.
      const status = code === 'outcome-unknown' ? 'outcome unknown' : 'not loaded';
      rows.push({ file: name, status, region: null, level: null, year: null, given: [], tasks: 0, units: 0, assignments: 0, findings: 0, withoutFunction: 0, milliseconds: 0 });
      console.error(code === 'outcome-unknown' ? `${label}: ${userMessageOf(error)}` : `${label}: not loaded — ${userMessageOf(error)}`);
      if (code === 'cannot-connect' || code === 'auth-failed' || code === 'outcome-unknown') {
        throw new CliError(`stopped: the database cannot be reached${code === 'outcome-unknown' ? ` — ${name}: outcome unknown, re-run, loading is idempotent` : ''}`);
      }
    }
  } finally {
    bar.clear();
    await driver.close();
  }
  if (files.length > 1) process.stdout.write('\n' + ingestSummary(rows, performance.now() - started));
  if (unplaced.size > 0) {
    const list = [...unplaced].map(([unit, documents]) => (files.length > 1 ? `${unit} (${documents.length} plan${documents.length > 1 ? 's' : ''})` : unit));
    console.log(`units without a known function: ${list.join('、')} — add them to ingest/dictionaries/unit-functions.json to compare them across regions`);
  }
  const failed = rows.filter((r) => r.status === 'not loaded').length;
  if (failed > 0) throw new CliError(`${failed} of ${files.length} plan(s) not loaded`);
});

async function planFilesIn(path: string): Promise<string[]> {
  const info = await stat(path);
  if (info.isFile()) return [path];
  // In a folder, plans are the files of the formats the readers know; parsed-plan .json files
  // are loaded when named, since a folder of plans often holds other JSON.
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => (e.isDirectory() ? planFilesIn(join(path, e.name)) : Promise.resolve(PLAN_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)) ? [join(path, e.name)] : []))),
  );
  return nested.flat();
}
