/**
 * The allow-list of read queries the product runs: each name maps to a .cypher file of this
 * folder and a zod schema for its parameters. The HTTP layer and the tests run queries only
 * through here, so nothing outside these files ever reaches the database.
 */
import { z } from 'zod';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../db/neo4j-settings';
import { explainDriverError } from '../db/neo4j-errors';
import { readCypherFile } from './cypher-file';

const documentParam = z.string().min(1).max(200);
const limit = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

export const NAMED_QUERIES = {
  documents: z.object({}),
  plan: z.object({ document: documentParam }),
  workload: z.object({ document: documentParam }),
  'co-ownership': z.object({ document: documentParam, minShared: z.coerce.number().int().min(1).default(1), limit: limit(500) }),
  bottlenecks: z.object({ document: documentParam, limit: limit(500) }),
  'shared-projects': z.object({ document: documentParam }),
  'shared-leads': z.object({ document: documentParam, limit: limit(500) }),
  'task-complexity': z.object({ document: documentParam, limit: limit(500) }),
} as const;

export type QueryName = keyof typeof NAMED_QUERIES;
export type QueryRow = Record<string, unknown>;

export function isQueryName(name: string): name is QueryName {
  return Object.hasOwn(NAMED_QUERIES, name);
}

/** Validates the parameters, runs the query read-only and returns plain rows. */
export async function runNamedQuery(driver: Driver, settings: Neo4jSettings, name: QueryName, params: unknown): Promise<QueryRow[]> {
  const parsed = NAMED_QUERIES[name].parse(params) as Record<string, unknown>;
  const cypherParams = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
  try {
    const result = await driver.executeQuery(readCypherFile(name).statements[0]!, cypherParams, {
      database: settings.database,
      routing: neo4j.routing.READ,
    });
    return result.records.map((record) => Object.fromEntries(record.keys.map((key) => [key, record.get(key)])));
  } catch (error) {
    throw explainDriverError(error, settings);
  }
}
