/**
 * The load of each named document now in the database (its planHash), read with one indexed
 * query: what keys the server's kept answers and the ETags of its responses. A document the
 * database does not hold has no version.
 *
 * Requests that arrive while a reading is under way wait for the next one, which then reads
 * the documents of all of them at once: every request still gets a reading taken after it
 * arrived (so nothing an ingest committed before it is missed), and fifty concurrent
 * requests cost the database one lookup a round trip instead of fifty.
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

interface Waiting {
  documents: readonly string[];
  resolve: (versions: DocumentVersions) => void;
  reject: (error: unknown) => void;
}

/** Readings shared by the requests that wait together (see the header). */
export class VersionReader {
  private waiting: Waiting[] = [];
  private reading = false;

  constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
  ) {}

  read(documents: readonly string[]): Promise<DocumentVersions> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ documents, resolve, reject });
      if (!this.reading) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.reading = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        const all = await documentVersions(this.driver, this.settings, [...new Set(batch.flatMap((w) => w.documents))]);
        for (const w of batch) w.resolve(new Map(w.documents.flatMap((d) => (all.has(d) ? [[d, all.get(d)!] as const] : []))));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.reading = false;
  }
}
