/**
 * Driver errors to sentences that say what happened and what to do. Branches on the
 * driver's error codes, never on message text.
 */
import type { Neo4jSettings } from './neo4j-settings';

export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: 'cannot-connect' | 'outcome-unknown' | 'auth-failed' | 'schema-conflict' | 'database-missing' | 'not-ready' | 'too-large' | 'query-failed',
    message: string,
  ) {
    super(message);
  }
  userMessage(): string {
    return this.message;
  }
}

/** Whether the driver lost its connection (as opposed to the server refusing something). */
export function isConnectionLoss(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|EPIPE/.test(code);
}

/**
 * The connection dropped while a commit was on its way: the server may have committed or
 * not, and nothing on this side can tell. Saying "not loaded" would be a guess, and was
 * wrong when the commit had landed.
 */
export function outcomeUnknown(document: string, settings: Neo4jSettings): DatabaseError {
  return new DatabaseError(
    'outcome-unknown',
    `outcome unknown — the connection to Neo4j at ${settings.uri} dropped while "${document}" was being committed; re-run, loading is idempotent`,
  );
}

export function explainDriverError(error: unknown, settings: Neo4jSettings): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code === 'Neo.TransientError.General.TransactionMemoryLimit') {
    return new DatabaseError(
      'too-large',
      `the plan needs more memory than Neo4j at ${settings.uri} lets one transaction use (${detail})` +
        (settings.local ? ' — raise FENGONG_NEO4J_TRANSACTION_MB and FENGONG_NEO4J_HEAP, then `npm run db:stop` and `npm run db:start`' : ' — raise db.memory.transaction.max on the server'),
    );
  }
  if (isConnectionLoss(error)) {
    return new DatabaseError(
      'cannot-connect',
      settings.local
        ? `cannot connect to the local Neo4j at ${settings.uri} — start it with \`npm run db:start\``
        : `cannot connect to Neo4j at ${settings.uri} (NEO4J_URI) — check that the server is running and reachable`,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseError(
      'auth-failed',
      `authentication failed for user "${settings.username}" at ${settings.uri} — check NEO4J_USERNAME and NEO4J_PASSWORD`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseError('database-missing', `database "${settings.database}" does not exist at ${settings.uri} — check NEO4J_DATABASE`);
  }
  if (code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new DatabaseError('not-ready', `database "${settings.database}" at ${settings.uri} is not serving yet (starting or stopping) — try again in a moment`);
  }
  if (code.startsWith('Neo.ClientError.Schema.')) {
    return new DatabaseError(
      'schema-conflict',
      `the database already has an index or constraint that conflicts with Fengong's schema (${detail}) — drop it, or point NEO4J_DATABASE at a database of its own`,
    );
  }
  return new DatabaseError('query-failed', `Neo4j at ${settings.uri} refused a query: ${detail}`);
}
