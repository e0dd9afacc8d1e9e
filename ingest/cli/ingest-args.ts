/**
 * The command line of `npm run ingest`: plan files and folders, and the document facts a user
 * gives in place of those read from the titles. Validated by the GivenFacts schema, so a bad
 * value is refused with what a good one looks like.
 */
import { GivenFacts } from '../corpus/given-facts';
import { PlanLevel } from '../model';
import { CliError } from '../../cli/run-cli';
import { firstIssue } from '../../common/first-issue';

export const INGEST_USAGE =
  'usage: npm run ingest -- <plan file | folder>… [--region 浙江] [--year 2022] [--level national|province|city|district]';

export interface IngestArgs {
  paths: string[];
  given: GivenFacts;
}

const FACT_OPTIONS: Readonly<Record<string, keyof GivenFacts>> = { '--region': 'region', '--year': 'year', '--level': 'level' };

export function parseIngestArgs(args: readonly string[]): IngestArgs {
  const paths: string[] = [];
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [option, inline] = arg.startsWith('--') ? splitOption(arg) : [null, null];
    if (option === null) {
      paths.push(arg);
      continue;
    }
    const fact = FACT_OPTIONS[option];
    if (!fact) throw new CliError(`unknown option ${option}\n${INGEST_USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new CliError(`${option} needs a value\n${INGEST_USAGE}`);
    if (fact in raw) throw new CliError(`${option} is given twice`);
    raw[fact] = value;
  }
  if (paths.length === 0) throw new CliError(INGEST_USAGE);
  const parsed = GivenFacts.safeParse(raw);
  if (!parsed.success) {
    const { key, message } = firstIssue(parsed.error);
    const detail = key === 'level' ? `one of ${PlanLevel.options.join(', ')}` : message;
    throw new CliError(`--${key} ${raw[String(key)]}: ${detail}`);
  }
  return { paths, given: parsed.data };
}

/** `--year=2022` and `--year 2022` alike. */
function splitOption(arg: string): [string, string | null] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, null] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
