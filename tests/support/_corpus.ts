/**
 * The layout corpus: plans written in the layouts of the genre, each beside a hand-checked
 * reading (`<plan>.expected.json`). Expected unit names are written as the document means
 * them; they are compared through the dictionaries' canonical spelling, so that 市发改委 in
 * an expectation and 市发展改革委 from the parser are one unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { Convention, PlanLevel, type ParsedPlan } from '../../ingest/model';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { defaultParseContext } from '../../ingest/parse/parse-plan';
import { canonicalUnitName } from '../../ingest/parse/resolve-units';
import { normalizePunctuation } from '../../ingest/parse/normalize-punctuation';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'layouts');
/** Plans of one province over three years, a city of it and another province, for comparisons. */
export const COMPARE_CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'compare');

const ExpectedTask = z.object({
  section: z.number().int().positive().nullable(),
  number: z.number().int().positive().nullable(),
  leads: z.array(z.string()),
  supports: z.array(z.string()),
  leaders: z.array(z.string()),
  deadline: z.string().nullable(),
});
export type ExpectedTask = z.infer<typeof ExpectedTask>;

export const ExpectedPlan = z.object({
  title: z.string(),
  level: PlanLevel,
  region: z.string().nullable(),
  year: z.number().int(),
  conventions: z.array(Convention),
  tasks: z.array(ExpectedTask).min(20),
});
export type ExpectedPlan = z.infer<typeof ExpectedPlan>;

export interface CorpusPlan {
  name: string;
  expected: ExpectedPlan;
  plan: ParsedPlan;
}

export function corpusPlanNames(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
}

export function readCorpusPlan(name: string, dir = CORPUS_DIR): CorpusPlan {
  const expected = ExpectedPlan.parse(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')));
  const plan = parsePlanBytes(readFileSync(join(dir, `${name}.txt`)), `${name}.txt`);
  return { name, expected, plan };
}

/** A parsed task in the shape of an expectation: written numbers only, leaders and deadline as written. */
export function asExpected(task: ParsedPlan['tasks'][number]): ExpectedTask {
  return {
    section: task.section,
    number: task.numberInferred ? null : task.number,
    leads: task.leads,
    supports: task.supports,
    leaders: task.leaders,
    deadline: task.deadline,
  };
}

/** The expectation with unit names in the dictionaries' canonical spelling. */
export function canonicalExpected(expected: ExpectedPlan): ExpectedTask[] {
  const dict = defaultParseContext().dictionary;
  const canonical = (name: string) => canonicalUnitName(normalizePunctuation(name), dict, expected.level);
  return expected.tasks.map((t) => ({ ...t, leads: t.leads.map(canonical), supports: t.supports.map(canonical) }));
}

/**
 * The checks every hand-checked plan passes, defined inside the caller's `describe`: the
 * tasks with their sections and written numbers, each task's exact division, and the
 * document's title, level, region, year and announced conventions.
 */
export function itReadsAsExpected({ expected, plan }: CorpusPlan): void {
  const want = canonicalExpected(expected);

  it('finds every task with its section and number as written', () => {
    expect(plan.tasks.map((t) => [t.section, t.numberInferred ? null : t.number])).toEqual(want.map((t) => [t.section, t.number]));
  });

  it.each(want.map((task, i) => [i + 1, task] as const))('task %i has exactly the expected division', (ordinal, task) => {
    const got = plan.tasks[ordinal - 1];
    expect(got && asExpected(got)).toEqual(task);
  });

  it('reads the document: title, level, region, year and conventions', () => {
    expect(plan.document).toMatchObject({ title: expected.title, level: expected.level, region: expected.region, year: expected.year });
    expect(plan.document.layout.conventions).toEqual(expected.conventions);
  });
}
