/**
 * A plan written in many task batches comes back whole: parse → load with small batches →
 * cypher/plan.cypher → planFromStored equals the parsed plan, as a load in one batch does —
 * for a fresh load and for a replacement, so no task, assignment, mention or finding is lost
 * or doubled at the seam between two batches, and each points at the right unit, project
 * and section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentFacts, driver, read, removeDocuments, settings } from '../support/_database';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { runNamedQuery } from '../../cypher/named-queries';
import { planFromStored } from '../../ingest/load/stored-plan';
import { readCorpusPlan } from '../support/_corpus';
import { seedPlan } from '../support/_plans';
import type { ParsedPlan } from '../../ingest/model';

let d: Driver;
beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
});
afterAll(async () => {
  await removeDocuments(d, 'it-batched');
  await d.close();
});

const as = (plan: ParsedPlan, id: string): ParsedPlan => ({ ...plan, document: { ...plan.document, id } });

/** Loads the plan in batches of about `batchRows` rows; returns how many statements wrote it. */
async function loadInBatches(plan: ParsedPlan, batchRows: number): Promise<number> {
  let statements = 0;
  await loadPlan(d, settings, plan, { batchRows, afterStatement: (_index, total) => void (statements = total) });
  return statements;
}

const readBack = async (id: string) => planFromStored((await runNamedQuery(d, settings, 'plan', { document: id }))[0]);

describe('a plan written in several task batches', () => {
  it.each([
    ['the seed', () => seedPlan(), 100],
    ['a national plan', () => readCorpusPlan('state-council-2023').plan, 20],
  ])('%s comes back equal to the parsed plan', async (what, make, batchRows) => {
    const plan = as(make(), `it-batched-${what.length}`);
    const statements = await loadInBatches(plan, batchRows);
    // The delete, the document, the task batches (several of them), then the figures.
    expect(statements - 3).toBeGreaterThanOrEqual(5);
    expect(await readBack(plan.document.id)).toEqual(plan);
  });

  it('holds the same facts as the plan loaded in one batch', async () => {
    const inBatches = as(seedPlan(), 'it-batched-many');
    const inOne = as(seedPlan(), 'it-batched-one');
    expect(await loadInBatches(inBatches, 50)).toBeGreaterThan(10);
    expect(await loadInBatches(inOne, 1_000_000)).toBe(4);
    expect(await documentFacts(d, 'it-batched-many')).toBe(await documentFacts(d, 'it-batched-one'));
    const relationships = (id: string) =>
      read<{ type: string; n: number }>(d, 'MATCH (t:Task {document: $id})-[r]-() RETURN type(r) AS type, count(r) AS n ORDER BY type', { id });
    expect(await relationships('it-batched-many')).toEqual(await relationships('it-batched-one'));
  });

  it('replaces a plan in batches and comes back as the new version', async () => {
    const first = as(seedPlan(), 'it-batched-replaced');
    await loadInBatches(first, 60);
    const changed = { ...first, document: { ...first.document, title: `${first.document.title ?? ''}(修订)` } };
    await loadInBatches(changed, 70);
    expect(await readBack('it-batched-replaced')).toEqual(changed);
  });
});
