/**
 * The load of each named document now in the database (its planHash), read with one indexed
 * query: what keys the server's kept answers and the ETags of its responses. A document the
 * database does not hold has no version.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { explainDriverError } from '../../db/neo4j-errors';
import { readCypherFile } from '../../cypher/cypher-file';

/** Document id → planHash, for the documents that are loaded. */
export type DocumentVersions = ReadonlyMap<string, string>;

export async function documentVersions(driver: Driver, settings: Neo4jSettings, documents: readonly string[]): Promise<DocumentVersions> {
  try {
    const result = await driver.executeQuery(readCypherFile('document-versions').statements[0]!, { documents: [...documents] }, {
      database: settings.database,
      routing: neo4j.routing.READ,
    });
    return new Map(result.records.map((r) => [r.get('document') as string, String(r.get('planHash'))]));
  } catch (error) {
    throw explainDriverError(error, settings);
  }
}

/** Whether two readings name the same load of every document. */
export function sameVersions(a: DocumentVersions, b: DocumentVersions): boolean {
  return a.size === b.size && [...a].every(([document, hash]) => b.get(document) === hash);
}
