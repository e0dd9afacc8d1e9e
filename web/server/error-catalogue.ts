/**
 * Every error the HTTP layer answers with, in one place: a code, its status and the sentence
 * the client reads. The request's own faults (a bad parameter, a document that is not loaded)
 * are told in full; a fault of the server or of the stored data is logged here with an id
 * and the client gets only the id — its detail names stored values and internal paths.
 */
import { randomBytes } from 'node:crypto';
import { ZodError } from 'zod';
import { DatabaseError } from '../../db/neo4j-errors';
import { issueSentence } from '../../common/first-issue';

export const ERROR_CATALOGUE = {
  'malformed-url': { status: 400, message: (target: string) => `malformed URL: ${target}` },
  'bad-parameter': { status: 400, message: (issue: string) => `parameter ${issue}` },
  'host-refused': { status: 403, message: (sentence: string) => sentence },
  'outside-app': { status: 403, message: () => 'outside the app' },
  'no-document': { status: 404, message: (document: string) => `no document "${document}" in the database` },
  'no-route': { status: 404, message: (what: string) => what },
  'app-not-built': { status: 404, message: () => 'the app is not built — run `npm run build:web`' },
  'read-only': { status: 405, message: () => 'read-only: only GET is served' },
  'too-many-characters': { status: 413, message: (sentence: string) => `parameter text: ${sentence} — ask in parts` },
  internal: {
    status: 500,
    message: (id: string) => `the server could not answer this request (${id}); the fault is on the server's side, and its log says more under ${id}`,
  },
  'database-unavailable': { status: 503, message: (sentence: string) => sentence },
} as const satisfies Record<string, { status: number; message: (detail: string) => string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An answer the server chose to give: a code of the catalogue and the detail its sentence is built from. */
export class ServedError extends Error {
  override readonly name = 'ServedError';
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    readonly detail = '',
  ) {
    super(ERROR_CATALOGUE[code].message(detail));
  }
}

/**
 * A stored document that fails its schema when read back (ingest/load/stored-plan.ts): the
 * database holds something the loader never writes, so the request is not at fault.
 */
export class StoredDocumentError extends Error {
  override readonly name = 'StoredDocumentError';
  constructor(
    readonly document: string,
    cause: unknown,
  ) {
    super(`stored document "${document}" does not read back as a plan: ${cause instanceof ZodError ? issueSentence(cause) : String(cause)}`);
  }
}

/** Driver errors that mean the database cannot be reached or used as configured, not that a query went wrong. */
const UNAVAILABLE: ReadonlySet<DatabaseError['code']> = new Set(['cannot-connect', 'auth-failed', 'database-missing', 'not-ready', 'outcome-unknown']);

export interface ErrorAnswer {
  status: number;
  body: { error: string; code: ErrorCode; id?: string };
}

/** Where an internal fault's detail goes: the server's stderr unless the caller says otherwise. */
export type ErrorLog = (line: string) => void;

export const stderrLog: ErrorLog = (line) => process.stderr.write(`${line}\n`);

/**
 * The answer to any error thrown while serving `request` (method and path, for the log). A
 * ZodError here can only come from a request's parameters: stored data is checked where it
 * is read and arrives as a StoredDocumentError.
 */
export function errorAnswer(error: unknown, request: string, log: ErrorLog): ErrorAnswer {
  if (error instanceof ServedError) return answer(error.code, error.detail);
  if (error instanceof ZodError) return answer('bad-parameter', issueSentence(error));
  if (error instanceof DatabaseError && UNAVAILABLE.has(error.code)) return answer('database-unavailable', error.userMessage());
  const id = `E-${randomBytes(5).toString('hex')}`;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log(`fengong server: ${id} ${request}: ${detail}`);
  const internal = answer('internal', id);
  return { status: internal.status, body: { ...internal.body, id } };
}

function answer(code: ErrorCode, detail: string): ErrorAnswer {
  const entry = ERROR_CATALOGUE[code];
  return { status: entry.status, body: { error: entry.message(detail), code } };
}
