/**
 * Loads parsed plans into Neo4j. One document is one transaction: its old facts are deleted
 * and its new ones written by the statements of cypher/load-plan.cypher (the document, then
 * its tasks in batches), then committed, so a failure anywhere (a crash, a refused
 * statement) leaves the previous state untouched. A document whose parse is unchanged is
 * skipped: loading twice changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../model';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { DatabaseError, explainDriverError, isConnectionLoss, outcomeUnknown } from '../../db/neo4j-errors';
import { readCypherFile } from '../../cypher/cypher-file';
import { graphRows, planFigures, planHash, type RowOptions } from './graph-rows';
import { batchParameters, figuresParameters, headParameters, taskBatches, type HeadIds } from './load-batches';
import { validPlan } from './read-plan-input';
import { planTooLarge } from './plan-size';

export interface LoadCounts {
  tasks: number;
  units: number;
  leads: number;
  supports: number;
  projects: number;
  mentions: number;
  findings: number;
}

export interface LoadResult {
  document: string;
  status: 'loaded' | 'replaced' | 'unchanged';
  counts: LoadCounts;
  milliseconds: number;
}

export interface LoadOptions extends RowOptions {
  /**
   * Called inside the open transaction after each statement — the delete (0), the document
   * (1), then each task batch — with their number (tests use it to crash the database mid-load).
   */
  afterStatement?: (index: number, total: number) => Promise<void> | void;
  /** Rows per task batch (load-batches.ts); tests make it small to get several batches. */
  batchRows?: number;
  /** The largest plan loaded, MiB (plan-size.ts); FENGONG_MAX_PLAN_MB by default. */
  maxPlanMb?: number;
}

export async function applySchema(driver: Driver, settings: Neo4jSettings): Promise<void> {
  try {
    for (const statement of readCypherFile('schema').statements) {
      await driver.executeQuery(statement, {}, { database: settings.database });
    }
  } catch (error) {
    throw explainDriverError(error, settings);
  }
}

export async function loadPlan(driver: Driver, settings: Neo4jSettings, plan: ParsedPlan, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  // The gate to the database: a plan built in code gets the checks a JSON file gets, so a
  // crafted id or a reference to nothing is refused before anything is computed or written.
  validPlan(plan, plan.document.sourceFile);
  // Larger than the database settings were sized for: refused before a row is built, rather
  // than failing at the commit, or in the crash recovery that replays it.
  const tooLarge = planTooLarge(plan, options.maxPlanMb, settings.local);
  if (tooLarge !== null) throw new DatabaseError('too-large', tooLarge);
  const id = plan.document.id;
  const rows = graphRows(plan, options);
  const counts: LoadCounts = {
    tasks: rows.tasks.length,
    units: rows.units.length,
    leads: rows.leads.length,
    supports: rows.supports.length,
    projects: rows.projects.length,
    mentions: rows.mentions.length,
    findings: rows.findings.length,
  };
  const session = driver.session({ database: settings.database });
  try {
    const state = await session.run(readCypherFile('document-state').statements[0]!, { document: id });
    const previous = state.records[0]?.get('planHash') as string | undefined;
    // Only a document already loaded needs its hash before anything is written; a new one's is
    // computed with the units' metrics while the database writes its tasks.
    const hash = previous === undefined ? undefined : planHash(plan, options, rows.identities);
    if (hash !== undefined && hash === previous) {
      return { document: id, status: 'unchanged', counts, milliseconds: performance.now() - started };
    }
    const tx = session.beginTransaction();
    let committing = false;
    try {
      const [head, batch, figures] = readCypherFile('load-plan').statements as [string, string, string];
      const batches = taskBatches(rows, options.batchRows);
      const total = 3 + batches.length;
      // The delete and the document go in one round trip: the driver pipelines them, and the
      // document waits on the server for the delete before it runs.
      const deleting = tx.run(readCypherFile('delete-plan').statements[0]!, { document: id });
      const writing = tx.run(head, headParameters(rows));
      await deleting;
      await options.afterStatement?.(0, total);
      const record = (await writing).records[0]!;
      const ids: HeadIds = { document: record.get('document'), sections: record.get('sections'), units: record.get('units'), projects: record.get('projects') };
      await options.afterStatement?.(1, total);
      // Every batch is sent before any answer is awaited: the driver pipelines the statements
      // of a transaction, so the database writes the first tasks while Node builds the next
      // batches, then computes the figures. After each batch, one turn of the event loop lets
      // the driver encode and send it.
      const pending = [];
      for (const build of batches) {
        pending.push(tx.run(batch, batchParameters(ids, build())));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const last = tx.run(figures, figuresParameters(ids, planFigures(plan, options, rows.identities, hash)));
      for (const [i, result] of pending.entries()) {
        await result;
        await options.afterStatement?.(2 + i, total);
      }
      await last;
      await options.afterStatement?.(total - 1, total);
      committing = true;
      await tx.commit();
    } catch (error) {
      if (committing && isConnectionLoss(error)) throw outcomeUnknown(id, settings);
      await tx.rollback().catch(() => undefined);
      throw error;
    }
    return { document: id, status: previous === undefined ? 'loaded' : 'replaced', counts, milliseconds: performance.now() - started };
  } catch (error) {
    throw explainDriverError(error, settings);
  } finally {
    await session.close().catch(() => undefined);
  }
}
