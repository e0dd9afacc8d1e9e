/**
 * `npm run export -- --compare <docA>,<docB> [--by identity|function] --format png|svg|svg-text|pptx`
 * with `--scale`, `--transparent`, `--lang` and `--out` as for a plan: the compare view's
 * aligned pictures from the terminal, read from the database by the app's queries, laid out
 * on the same union layout and drawn by the same scene as the app's export.
 */
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CliError } from '../../cli/run-cli';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { runNamedQuery } from '../../cypher/named-queries';
import { CompareBy, CorpusRow, PairDiffRow, UnitDiffRow } from '../src/compare/compare-rows';
import { unionLayout } from '../src/compare/union-network';
import { compareFileName, comparePptx, compareSceneInput, compareSvg } from '../src/compare/compare-export';
import { COMPARE_MESSAGES } from '../src/compare/compare-messages';
import { glyphTable } from '../server/cjk-font';

export const COMPARE_USAGE =
  'usage: npm run export -- --compare <document A>,<document B> --format png|svg|svg-text|pptx [--by identity|function] [--scale 1|2|4] [--transparent yes] [--lang zh|en] [--out FILE|FOLDER]';

const Options = z.object({
  compare: z.string().transform((s) => s.split(',')).pipe(z.tuple([z.string().min(1), z.string().min(1)], { message: 'two document ids, joined by a comma' })),
  by: CompareBy.default('identity'),
  format: z.enum(['png', 'svg', 'svg-text', 'pptx']),
  scale: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(4)])).default(2),
  transparent: z.enum(['yes', 'no']).default('no'),
  lang: z.enum(['zh', 'en']).default('zh'),
  out: z.string().optional(),
});

function parse(args: readonly string[]): z.infer<typeof Options> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[++i];
    if (!arg.startsWith('--') || value === undefined) throw new CliError(`${arg} is not an option with a value\n${COMPARE_USAGE}`);
    raw[arg.slice(2)] = value;
  }
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0] ?? 'compare')}: ${issue.message}\n${COMPARE_USAGE}`);
  }
  return parsed.data;
}

export async function exportComparison(args: readonly string[]): Promise<void> {
  const o = parse(args);
  const [A, B] = o.compare;
  const settings = neo4jSettings();
  const driver = openDriver(settings);
  try {
    const corpus = z.array(CorpusRow).parse(await runNamedQuery(driver, settings, 'corpus', {}));
    for (const id of [A, B]) if (!corpus.some((p) => p.document === id)) throw new CliError(`--compare: no plan "${id}" in the database (a plan's id is its file name without the extension; the corpus page lists them)`);
    const params = { documentA: A, documentB: B, by: o.by, limit: 100_000 };
    const comparison = {
      units: z.array(UnitDiffRow).parse(await runNamedQuery(driver, settings, 'compare-plans', params)),
      pairs: z.array(PairDiffRow).parse(await runNamedQuery(driver, settings, 'compare-pairs', params)),
    };
    const input = compareSceneInput(comparison, unionLayout(comparison), { A, B, by: o.by }, corpus, COMPARE_MESSAGES[o.lang]);
    const glyphs = async (chars: string) => glyphTable(chars);
    let output: string | Buffer | Uint8Array;
    if (o.format === 'pptx') output = await comparePptx(input, glyphs);
    else {
      const svg = await compareSvg(input, glyphs, o.format === 'svg-text' ? 'text' : 'outline', o.transparent === 'yes');
      output = o.format === 'png' ? await (await import('./svg-to-png')).svgToPng(svg, o.scale, o.transparent === 'yes') : svg;
    }
    const name = compareFileName({ A, B, by: o.by }, o.format, o.scale);
    const target = o.out && statSync(o.out, { throwIfNoEntry: false })?.isDirectory() ? join(o.out, name) : o.out;
    if (target) {
      await writeFile(target, output);
      console.error(target);
    } else process.stdout.write(output);
  } finally {
    await driver.close();
  }
}
