/**
 * The parser builds its plan from typed values and no longer runs the ParsedPlan schema over
 * it on every parse; the schema stays at the edges (a JSON file, the database, the page's
 * worker). So the parser's plan must be exactly what the schema makes of it: the same fields
 * in the same order, nothing extra, every reference whole — on the seed, on every plan of the
 * corpora and on the table plans in every file format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedPlan } from '../../ingest/model';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { SEED_FILE } from '../support/_plans';
import { COMPARE_CORPUS_DIR, CORPUS_DIR } from '../support/_corpus';
import { readTablePlan, TABLE_FORMATS, tablePlanNames, writeTablePlan } from '../support/_table-plans';

const textPlans = [SEED_FILE, ...[CORPUS_DIR, COMPARE_CORPUS_DIR].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)))];

/** The plan as JSON, and the same after a round through the schema. */
function bothWays(plan: ParsedPlan): [string, string] {
  return [JSON.stringify(plan), JSON.stringify(ParsedPlan.parse(JSON.parse(JSON.stringify(plan))))];
}

describe('the parsed plan is already what its schema makes of it', () => {
  it('has plans to check', () => {
    expect(textPlans.length).toBeGreaterThanOrEqual(18);
  });

  it.each(textPlans.map((file) => [file.slice(file.lastIndexOf('/') + 1), file]))('%s', (_name, file) => {
    const plan = parsePlanBytes(readFileSync(file), file);
    expect(plan.tasks.length).toBeGreaterThan(0);
    const [written, validated] = bothWays(plan);
    expect(written).toBe(validated);
  });

  it.each(tablePlanNames().flatMap((name) => TABLE_FORMATS.map((format) => [name, format] as const)))('table plan %s as %s', async (name, format) => {
    const { bytes, fileName } = await writeTablePlan(readTablePlan(name), format);
    const plan = await readPlanBytes(bytes, fileName);
    expect(plan.lineOrigins.length).toBeGreaterThan(0);
    const [written, validated] = bothWays(plan);
    expect(written).toBe(validated);
  });
});
