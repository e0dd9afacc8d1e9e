/**
 * `npm run parse -- <file> [--report] [--dictionary extra.json] [--lexicon extra.json]`:
 * prints the parsed plan as JSON (or, with --report, a human summary). Unreadable input
 * exits with status 1 and one line that names the file and the problem.
 */
import { readFile } from 'node:fs/promises';
import { readPlanFile } from '../read/read-plan-file';
import { qualityReport } from '../report/quality-report';
import { loadParseContext } from './load-parse-context';
import { runCli, CliError } from '../../cli/run-cli';

const USAGE = 'usage: npm run parse -- <plan.txt> [--report] [--dictionary extra-units.json]… [--lexicon extra-projects.json]…';

void runCli(async (args) => {
  const files: string[] = [];
  const dictionaries: string[] = [];
  const lexicons: string[] = [];
  let report = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--report') report = true;
    else if (arg === '--dictionary' || arg === '--lexicon') {
      const value = args[++i];
      if (!value) throw new CliError(`${arg} needs a file\n${USAGE}`);
      (arg === '--dictionary' ? dictionaries : lexicons).push(value);
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new CliError(USAGE);
  const context = await loadParseContext(dictionaries, lexicons, readFile);
  const plan = await readPlanFile(files[0]!, context);
  process.stdout.write(report ? qualityReport(plan) : JSON.stringify(plan, null, 2) + '\n');
});
