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
import { PlanLevel } from '../ingest/model/plan-document';

const documentParam = z.string().min(1).max(200);
const limit = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);
// Query strings carry every value as text: an empty one means "any", like a missing one.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());
const year = z.coerce.number().int().min(1949).max(2100);
const region = z.string().min(1).max(40);
const compareBy = z.enum(['identity', 'function']).default('identity');
const compareKey = z.string().min(1).max(300);

export const NAMED_QUERIES = {
  documents: z.object({}),
  plan: z.object({ document: documentParam }),
  workload: z.object({ document: documentParam }),
  'co-ownership': z.object({ document: documentParam, minShared: z.coerce.number().int().min(1).default(1), limit: limit(500) }),
  bottlenecks: z.object({ document: documentParam, limit: limit(500) }),
  'shared-projects': z.object({ document: documentParam }),
  'shared-leads': z.object({ document: documentParam, limit: limit(500) }),
  'task-complexity': z.object({ document: documentParam, limit: limit(500) }),
  corpus: z.object({ region: optional(region).default(null), level: optional(PlanLevel).default(null), year: optional(year).default(null) }),
  'compare-plans': z.object({ documentA: documentParam, documentB: documentParam, by: compareBy, limit: limit(1000) }),
  'compare-pairs': z.object({ documentA: documentParam, documentB: documentParam, by: compareBy, limit: limit(100) }),
  trend: z.object({ region, level: PlanLevel, by: compareBy, key: compareKey }),
  'lead-shares': z.object({ level: PlanLevel.default('province'), year: optional(year).default(null) }),
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
