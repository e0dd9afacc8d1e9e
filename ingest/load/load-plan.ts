/**
 * Loads parsed plans into Neo4j. One document is one transaction: its old facts are deleted
 * and its new ones written by the statements of cypher/load-plan.cypher, then committed, so
 * a failure anywhere (a crash, a refused statement) leaves the previous state untouched.
 * A document whose parse is unchanged is skipped: loading twice changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../model';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { explainDriverError, isConnectionLoss, outcomeUnknown } from '../../db/neo4j-errors';
import { pickParameters, readCypherFile } from '../../cypher/cypher-file';
import { graphRows, type RowOptions } from './graph-rows';
import { withIntegers } from './neo4j-values';
import { validPlan } from './read-plan-input';

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
  /** Called inside the open transaction after each load statement (tests use it to crash the database mid-load). */
  afterStatement?: (index: number, total: number) => Promise<void> | void;
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
      for (const statement of readCypherFile('delete-plan').statements) await tx.run(statement, { document: id });
      const params = withIntegers(rows) as Record<string, unknown>;
      const statements = readCypherFile('load-plan').statements;
      for (const [i, statement] of statements.entries()) {
        // Each statement gets only its own rows: sending every list with every statement
        // multiplied the bytes on the wire by the number of statements.
        await tx.run(statement, pickParameters(statement, params));
        await options.afterStatement?.(i, statements.length);
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
