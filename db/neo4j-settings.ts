/**
 * Connection settings from the standard Neo4j variables, parsed once. When NEO4J_URI is
 * unset the project runs its own local Neo4j on loopback (port, folder and memory from the
 * FENGONG_NEO4J_* variables); when it is set (Neo4j Desktop, Aura, a cluster) that server
 * is used and nothing is started.
 */
import { z } from 'zod';
import { issueSentence } from '../common/first-issue';

export const LOCAL_BOLT_PORT = 7687;
/** Not a secret: the password of the project's own loopback-only database. */
export const LOCAL_PASSWORD = 'fengong-local';
/**
 * Sized for the largest plan supported (ingest/load/plan-size.ts, 10 MiB): its replacement —
 * the old version deleted and the new one written in one transaction — needed more than
 * 1 GiB and loaded in 1.25 GiB; its crash recovery ran out of a 1 GiB heap and fitted in 3.
 * The JVM starts small and grows to the bound only for such a load. See docs/decisions.md
 * "Largest plan".
 */
const HEAP = '3g';
/** Memory of one transaction, MiB: the loader writes a whole plan in one. */
const TRANSACTION_MB = 1536;
/** The page cache (outside the heap): the store of hundreds of plans fits in it. */
const PAGECACHE_MB = 256;

const Env = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  FENGONG_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/).default(HEAP),
  FENGONG_NEO4J_PAGECACHE_MB: z.coerce.number().int().positive().default(PAGECACHE_MB),
  FENGONG_NEO4J_TRANSACTION_MB: z.coerce.number().int().positive().default(TRANSACTION_MB),
  FENGONG_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(LOCAL_BOLT_PORT),
  FENGONG_NEO4J_HOME: z.string().min(1).optional(),
});

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** True when the project manages this database itself (NEO4J_URI unset). */
  local: boolean;
  heap: string;
  pageCacheMb: number;
  /** Memory one transaction may use in the local database, MiB: more fails that load, not the server. */
  transactionMb: number;
  /** Folder of the local database's store, pid and log (FENGONG_NEO4J_HOME); null = `.db/` of the project. */
  home: string | null;
}

export function neo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(issueSentence(parsed.error));
  }
  const e = parsed.data;
  const local = e.NEO4J_URI === undefined;
  return {
    uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.FENGONG_NEO4J_PORT}`,
    username: e.NEO4J_USERNAME,
    password: e.NEO4J_PASSWORD ?? LOCAL_PASSWORD,
    database: e.NEO4J_DATABASE,
    local,
    heap: e.FENGONG_NEO4J_HEAP,
    pageCacheMb: e.FENGONG_NEO4J_PAGECACHE_MB,
    transactionMb: e.FENGONG_NEO4J_TRANSACTION_MB,
    home: e.FENGONG_NEO4J_HOME ?? null,
  };
}
