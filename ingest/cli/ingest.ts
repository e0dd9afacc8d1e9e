/**
 * `npm run ingest -- <file|folder>…`: parse and load plans (text, web pages, Word, Excel, CSV/TSV,
 * PDF, or parsed-plan .json) into Neo4j, one transaction per
 * document, with a progress line per file. A plan that fails leaves no trace of itself and
 * the others still load; the exit status is 1 when any failed.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { readPlanInput } from '../load/read-plan-input';
import { applySchema, loadPlan } from '../load/load-plan';
import { runCli, CliError, userMessageOf } from '../../cli/run-cli';

const PLAN_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.docx', '.xlsx', '.csv', '.tsv', '.pdf'];

await runCli(async (args) => {
  if (args.length === 0) throw new CliError('usage: npm run ingest -- <plan file | folder>…');
  const files = (await Promise.all(args.map(planFilesIn))).flat();
  if (files.length === 0) throw new CliError(`no plan files (${PLAN_EXTENSIONS.join(' ')}) in ${args.join(', ')}`);
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  let failed = 0;
  try {
    await applySchema(driver, settings);
    for (const [i, file] of files.entries()) {
      const label = `[${i + 1}/${files.length}] ${relative(process.cwd(), file) || file}`;
      try {
        const plan = await readPlanInput(file);
        const result = await loadPlan(driver, settings, plan);
        const c = result.counts;
        console.log(
          `${label}: ${result.status} — ${c.tasks} tasks, ${c.leads} lead and ${c.supports} support assignments, ${c.units} units, ${c.projects} projects, ${c.findings} findings (${Math.round(result.milliseconds)} ms)`,
        );
      } catch (error) {
        failed += 1;
        console.error(`${label}: not loaded — ${userMessageOf(error)}`);
        if ((error as { code?: string }).code === 'cannot-connect' || (error as { code?: string }).code === 'auth-failed') throw new CliError('stopped: the database cannot be reached');
      }
    }
  } finally {
    await driver.close();
  }
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
