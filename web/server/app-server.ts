/**
 * The read-only HTTP layer between the browser and Neo4j. It serves the built app and
 * answers GET /api/… by running named queries of cypher/ with validated parameters; the
 * credentials stay here, and there is no route that takes Cypher. Binds to loopback and
 * answers only requests addressed to a loopback name or a host it was told to serve.
 * Every error is answered through the catalogue (error-catalogue.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { glyphTableInSteps, GLYPH_REQUEST_MAX_CHARACTERS } from './cjk-font';
import { isServedHost } from './served-hosts';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { isQueryName } from '../../cypher/named-queries';
import { errorAnswer, ServedError, stderrLog, type ErrorLog } from './error-catalogue';
import { AnswerCache } from './answer-cache';
import { VersionReader } from './document-versions';
import { Compressible } from './compression';
import { queryAnswer, type QueryAnswerContext } from './query-answers';
import { StaticFiles } from './static-files';
import { isCurrent, JSON_TYPE, sendBody, sendError, sendNotModified } from './send-body';

export interface AppServerOptions {
  driver: Driver;
  settings: Neo4jSettings;
  /** Folder of the built app (vite build output). */
  staticDir: string;
  /** Folder of the one-chunk build the app inlines into its HTML export, served under /standalone/. */
  standaloneDir?: string;
  /** Host names served besides the loopback ones (FENGONG_HOSTS), e.g. the name of a reverse proxy. */
  hosts?: readonly string[];
  /** Keep computed answers per document load and share concurrent computations (default true; FENGONG_ANSWER_CACHE=off in serve-app.ts). */
  answerCache?: boolean;
  /** Bytes of kept answers at most (default 128 MiB). */
  answerCacheBytes?: number;
  /** Where faults of the server are logged with their id (default: stderr). */
  log?: ErrorLog;
}

interface Served {
  options: AppServerOptions;
  answers: QueryAnswerContext;
  app: StaticFiles;
  standalone: StaticFiles | null;
}

export function createAppServer(options: AppServerOptions): Server {
  const served: Served = {
    options,
    answers: {
      driver: options.driver,
      settings: options.settings,
      versions: new VersionReader(options.driver, options.settings),
      cache: new AnswerCache({ enabled: options.answerCache ?? true, maxBytes: options.answerCacheBytes ?? 128 * 1024 * 1024 }),
    },
    app: new StaticFiles(options.staticDir),
    standalone: options.standaloneDir ? new StaticFiles(options.standaloneDir) : null,
  };
  const log = options.log ?? stderrLog;
  return createServer((req, res) => {
    handle(served, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      return sendError(req, res, errorAnswer(error, `${req.method} ${req.url}`, log)).catch(() => res.destroy());
    });
  });
}

async function handle(served: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { hosts = [] } = served.options;
  // A page of another site whose name was rebound to 127.0.0.1 (DNS rebinding) sends its own
  // name as Host: without this check it could read every plan.
  if (!isServedHost(req.headers.host, hosts)) {
    throw new ServedError(
      'host-refused',
      `this server answers to localhost, 127.0.0.1 and [::1]${hosts.length ? ` and ${hosts.join(', ')}` : ''}, not to the host "${req.headers.host ?? ''}" — set FENGONG_HOSTS to serve another name`,
    );
  }
  const url = parsedUrl(req.url ?? '/');
  if (url === null) throw new ServedError('malformed-url', `${req.url}`);
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new ServedError('read-only');
  const pathname = decodedPath(url.pathname);
  if (pathname === null) throw new ServedError('malformed-url', `${url.pathname} is not valid percent-encoding`);
  if (pathname.startsWith('/api/')) return api(served, pathname, url, req, res);
  if (served.standalone && pathname.startsWith('/standalone/')) return served.standalone.serve(req, res, pathname.slice('/standalone'.length));
  return served.app.serve(req, res, pathname);
}

/** The request target as a URL, or null when it is not one (URL.parse is Node 20.18+; engines allow 20.0). */
function parsedUrl(target: string): URL | null {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return null;
  }
}

/** The path with its percent-escapes decoded, or null when they do not decode (`/%`, `/%E4`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function api(served: Served, pathname: string, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const params = Object.fromEntries(url.searchParams);
  // On the decoded path: a document id has no slash (ingest/model/plan-document.ts).
  const planMatch = /^\/api\/plan\/([^/]+)$/.exec(pathname);
  const queryMatch = /^\/api\/query\/([a-z-]+)$/.exec(pathname);
  if (planMatch || queryMatch) {
    const name = planMatch ? 'plan' : queryMatch![1]!;
    if (!isQueryName(name) || (queryMatch && name === 'plan')) throw new ServedError('no-route', `no query named "${name}"`);
    const answer = await queryAnswer(served.answers, name, planMatch ? { document: planMatch[1]! } : params, (etag) => isCurrent(req, etag));
    // Answers about a document are revalidated with their ETag; the corpus-wide ones are not kept anywhere.
    const headers = { 'content-type': JSON_TYPE, 'cache-control': answer.etag ? 'no-cache' : 'no-store', ...(answer.etag ? { etag: answer.etag } : {}) };
    if (answer.notModified) return sendNotModified(res, headers);
    return sendBody(req, res, 200, headers, answer.body);
  }
  if (pathname === '/api/glyphs') {
    // Outlines of the characters of the labels, so the app's SVG export reads in any viewer.
    const { text } = z.object({ text: z.string().min(1).max(GLYPH_REQUEST_MAX_CHARACTERS * 2) }).parse(params);
    const distinct = new Set(text).size;
    if (distinct > GLYPH_REQUEST_MAX_CHARACTERS) {
      throw new ServedError('too-many-characters', `${distinct} distinct characters, at most ${GLYPH_REQUEST_MAX_CHARACTERS} per request`);
    }
    const table = new Compressible(Buffer.from(JSON.stringify(await glyphTableInSteps(text))), 'compress');
    return sendBody(req, res, 200, { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }, table);
  }
  throw new ServedError('no-route', `no route ${pathname}`);
}
