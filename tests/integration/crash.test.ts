/**
 * All or nothing: the database process is killed in the middle of loading a document (after
 * its units and two of its task batches are written, before the commit). After a restart
 * there is no trace of that document, the seed is intact, and the next load succeeds. The
 * same when it is killed while a corpus is written several plans at a time: each plan is
 * whole or absent.
 */
import { describe, expect, it } from 'vitest';
import { documentFacts, driver, read, removeDocuments, SEED_ID, settings } from '../support/_database';
import { killLocalNeo4j, startLocalNeo4j } from '../../db/local-neo4j';
import { loadPlan } from '../../ingest/load/load-plan';
import { loadCorpus } from '../../ingest/load/load-corpus';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { SEED_TEXT } from '../support/_plans';

/** Runs `kill`, which kills the database, then starts it again, even when an assertion in `kill` fails. */
async function killedAndRestarted(kill: () => Promise<void>): Promise<void> {
  let restarted: string | undefined;
  try {
    await kill();
    restarted = await startLocalNeo4j(settings);
    expect(restarted).toBe('started');
  } finally {
    // A failure above must not leave the database down for the tests that follow.
    if (restarted === undefined) await startLocalNeo4j(settings).catch(() => undefined);
  }
}

describe('a crash in the middle of a load', () => {
  it('leaves no part of the document and lets the next load succeed', async () => {
    expect(settings.local, 'this test kills the database: it runs against the project’s own local Neo4j (leave NEO4J_URI unset)').toBe(true);
    // The seed eight times over, in small batches: the loader sends every batch before it awaits
    // the first answer, and the database is still writing them when it is killed.
    const plan = parsePlanText({ id: 'it-crash', sourceFile: 'it-crash.txt', contentHash: 'c'.repeat(64), text: Array.from({ length: 8 }, () => SEED_TEXT).join('\n') });

    const first = driver();
    const seedBefore = await documentFacts(first, SEED_ID);
    const written: number[] = [];
    let statements = 0;
    await killedAndRestarted(async () => {
      await expect(
        loadPlan(first, settings, plan, {
          // Small batches, so the kill falls between two of them.
          batchRows: 200,
          afterStatement: async (index, total) => {
            statements = total;
            written.push(index);
            if (index === 3) await killLocalNeo4j();
          },
        }),
      ).rejects.toMatchObject({ code: 'cannot-connect' });
      await first.close();
      // Batches are pipelined: those the database answered before it died are still reported,
      // but it died before the last statement, and nothing was committed.
      expect(written.slice(0, 4)).toEqual([0, 1, 2, 3]);
      expect(written).toEqual(written.map((_, i) => i));
      expect(written.length).toBeLessThan(statements);
      expect(statements).toBeGreaterThan(20);
    });
    const second = driver();
    try {
      expect(await documentFacts(second, 'it-crash')).toBe(0);
      expect(await documentFacts(second, SEED_ID)).toBe(seedBefore);
      const result = await loadPlan(second, settings, plan);
      expect(result.status).toBe('loaded');
      const [loaded] = await read<{ tasks: number }>(second, 'MATCH (t:Task {document: "it-crash"}) RETURN count(t) AS tasks');
      expect(loaded!.tasks).toBe(plan.tasks.length);
    } finally {
      await second.executeQuery('MATCH (n) WHERE n.document = "it-crash" OR n.id = "it-crash" DETACH DELETE n', {}, { database: settings.database });
      await second.close();
    }
  });

  it('leaves each plan of a corpus loaded several at a time whole or absent', async () => {
    const ids = Array.from({ length: 9 }, (_, i) => `it-crash-corpus-${i}`);
    const plans = ids.map((id) => parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: 'd'.repeat(64), text: SEED_TEXT }));
    const first = driver();
    const outcomes: string[] = [];
    let whole = 0;
    await killedAndRestarted(async () => {
      for await (const outcome of loadCorpus(first, settings, plans, async (plan) => ({ plan }), { inFlight: 3 })) {
        outcomes.push('result' in outcome ? outcome.result.status : ((outcome.error as { code?: string }).code ?? 'error'));
        if (outcomes.length === 1) whole = await documentFacts(first, ids[0]!);
        // Killed once two plans have committed, while the next ones are being written.
        if (outcomes.length === 2) await killLocalNeo4j();
      }
      await first.close();
      expect(outcomes.slice(0, 2)).toEqual(['loaded', 'loaded']);
      expect(outcomes.slice(2).every((o) => o === 'loaded' || o === 'cannot-connect' || o === 'outcome-unknown')).toBe(true);
      expect(outcomes).toContain('cannot-connect');
    });
    const second = driver();
    try {
      expect(whole).toBeGreaterThan(0);
      const facts = await Promise.all(ids.map((id) => documentFacts(second, id)));
      // Whole or absent, and whole wherever the load said it committed.
      expect(facts.every((n) => n === 0 || n === whole)).toBe(true);
      outcomes.forEach((o, i) => {
        if (o === 'loaded') expect(facts[i]).toBe(whole);
        if (o === 'cannot-connect') expect(facts[i]).toBe(0);
      });
    } finally {
      await removeDocuments(second, 'it-crash-corpus-');
      await second.close();
    }
  });
});
