/**
 * Answers to the named queries of cypher/ and to the plan endpoint. An answer that reads
 * named documents depends only on their load (a plan's workload, pairs, betweenness and text
 * change only when it is ingested again), so it is computed once per load and kept
 * (answer-cache.ts); every request still asks the database which load is current — one
 * indexed lookup — because ingest runs in another process. The same reading gives the ETag.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { NAMED_QUERIES, runNamedQuery, type QueryName } from '../../cypher/named-queries';
import { planFromGraph } from './plan-from-graph';
import type { AnswerCache } from './answer-cache';
import { Compressible } from './compression';
import { sameVersions, type DocumentVersions, type VersionReader } from './document-versions';
import { ServedError, StoredDocumentError } from './error-catalogue';

/** Raised whenever what an answer's JSON holds changes shape, so no browser keeps an older form as current. */
const ANSWER_FORMAT = 1;

/** Parameters that name a document; a query with none reads the whole corpus and is not kept. */
const DOCUMENT_PARAMETERS = ['document', 'documentA', 'documentB'] as const;

export type QueryAnswer = { notModified: true; etag: string } | { notModified: false; etag: string | null; body: Compressible };

export interface QueryAnswerContext {
  driver: Driver;
  settings: Neo4jSettings;
  cache: AnswerCache;
  versions: VersionReader;
}

/**
 * The answer to `name` with the request's `params`; `current` says whether an ETag is the
 * client's copy (If-None-Match), which is then answered without reading the answer.
 */
export async function queryAnswer(context: QueryAnswerContext, name: QueryName, params: Record<string, string>, current: (etag: string) => boolean): Promise<QueryAnswer> {
  const parsed = NAMED_QUERIES[name].parse(params) as Record<string, unknown>;
  const documents = [...new Set(DOCUMENT_PARAMETERS.flatMap((key) => (typeof parsed[key] === 'string' ? [parsed[key]] : [])))];
  if (documents.length === 0) return { notModified: false, etag: null, body: (await compute(context, name, params, documents)).body };
  const versions = await context.versions.read(documents);
  const missing = documents.find((document) => !versions.has(document));
  if (missing !== undefined) throw new ServedError('no-document', missing);
  const key = answerKey(name, parsed, versions);
  const etag = `"${key.slice(0, 32)}"`;
  if (current(etag)) return { notModified: true, etag };
  const body = await context.cache.answer(key, versions, async () => {
    const computed = await compute(context, name, params, documents);
    // Kept only if no ingest replaced a document while it ran: it might hold some of both loads.
    const after = await context.versions.read(documents);
    return { body: computed.body, keep: sameVersions(versions, after) };
  });
  return { notModified: false, etag, body };
}

function answerKey(name: QueryName, parsed: Record<string, unknown>, versions: DocumentVersions): string {
  const loads = [...versions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([ANSWER_FORMAT, name, parsed, loads])).digest('hex');
}

async function compute(context: QueryAnswerContext, name: QueryName, params: Record<string, string>, documents: string[]): Promise<{ body: Compressible }> {
  const rows = await runNamedQuery(context.driver, context.settings, name, params);
  let json: string;
  if (name === 'plan') {
    const document = documents[0]!;
    // Deleted between the version check and the read.
    if (rows.length === 0) throw new ServedError('no-document', document);
    try {
      json = JSON.stringify(planFromGraph(rows[0]!));
    } catch (error) {
      throw new StoredDocumentError(document, error);
    }
  } else json = JSON.stringify({ rows });
  return { body: new Compressible(Buffer.from(json), 'compress') };
}
