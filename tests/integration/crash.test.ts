/**
 * All or nothing: the database process is killed in the middle of loading a document (after
 * its units and two of its task batches are written, before the commit). After a restart
 * there is no trace of that document, the seed is intact, and the next load succeeds.
 */
import { describe, expect, it } from 'vitest';
import { documentFacts, driver, SEED_ID, settings } from '../support/_database';
import { killLocalNeo4j, startLocalNeo4j } from '../../db/local-neo4j';
import { loadPlan } from '../../ingest/load/load-plan';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { SEED_TEXT } from '../support/_plans';

describe('a crash in the middle of a load', () => {
  it('leaves no part of the document and lets the next load succeed', async () => {
    expect(settings.local, 'this test kills the database: it runs against the project’s own local Neo4j (leave NEO4J_URI unset)').toBe(true);
    const plan = parsePlanText({ id: 'it-crash', sourceFile: 'it-crash.txt', contentHash: 'c'.repeat(64), text: SEED_TEXT });

    const first = driver();
    const seedBefore = await documentFacts(first, SEED_ID);
    const written: number[] = [];
    let restarted: string | undefined;
    try {
      await expect(
        loadPlan(first, settings, plan, {
          // Small batches, so the kill falls between two of them.
          batchRows: 200,
          afterStatement: async (index) => {
            written.push(index);
            if (index === 3) await killLocalNeo4j();
          },
        }),
      ).rejects.toMatchObject({ code: 'cannot-connect' });
      await first.close();
      // Batches are pipelined: the one already sent may still be answered while the process
      // dies, but nothing is committed after the kill.
      expect(written.slice(0, 4)).toEqual([0, 1, 2, 3]);
      expect(written.length).toBeLessThanOrEqual(5);

      restarted = await startLocalNeo4j(settings);
      expect(restarted).toBe('started');
    } finally {
      // A failure above must not leave the database down for the tests that follow.
      if (restarted === undefined) await startLocalNeo4j(settings).catch(() => undefined);
    }
    const second = driver();
    try {
      expect(await documentFacts(second, 'it-crash')).toBe(0);
      expect(await documentFacts(second, SEED_ID)).toBe(seedBefore);
      const result = await loadPlan(second, settings, plan);
      expect(result.status).toBe('loaded');
      expect(await documentFacts(second, 'it-crash')).toBe(seedBefore);
    } finally {
      await second.executeQuery('MATCH (n) WHERE n.document = "it-crash" OR n.id = "it-crash" DETACH DELETE n', {}, { database: settings.database });
      await second.close();
    }
  });
});
