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
import { graphRows, type GraphRows, type RowOptions } from './graph-rows';
import { batchParameters, headParameters, taskBatches, taskRows, type HeadIds } from './load-batches';
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
    if (previous === rows.document.planHash) {
      return { document: id, status: 'unchanged', counts, milliseconds: performance.now() - started };
    }
    const tx = session.beginTransaction();
    let committing = false;
    try {
      const [head, batch] = readCypherFile('load-plan').statements as [string, string];
      const batches = taskBatches(taskRows(rows), options.batchRows);
      const total = 2 + batches.length;
      // The delete and the document go in one round trip: the driver pipelines them, and the
      // document waits on the server for the delete before it runs.
      const deleting = tx.run(readCypherFile('delete-plan').statements[0]!, { document: id });
      const writing = tx.run(head, headParameters(rows));
      await deleting;
      await options.afterStatement?.(0, total);
      const record = (await writing).records[0]!;
      const ids: HeadIds = { document: record.get('document'), sections: record.get('sections'), units: record.get('units'), projects: record.get('projects') };
      await options.afterStatement?.(1, total);
      // The next batch is sent while the database writes this one: the driver pipelines the
      // statements of a transaction, so building and sending rows overlaps with writing them.
      let pending = batches.length > 0 ? tx.run(batch, batchParameters(ids, batches[0]!)) : null;
      for (let i = 0; pending !== null; i++) {
        const next = i + 1 < batches.length ? tx.run(batch, batchParameters(ids, batches[i + 1]!)) : null;
        await pending;
        await options.afterStatement?.(2 + i, total);
        pending = next;
      }
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
