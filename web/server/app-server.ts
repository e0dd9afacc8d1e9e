/**
 * The read-only HTTP layer between the browser and Neo4j. It serves the built app and
 * answers GET /api/… by running named queries of cypher/ with validated parameters; the
 * credentials stay here, and there is no route that takes Cypher. Binds to loopback and
 * answers only requests addressed to a loopback name or a host it was told to serve.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { z, ZodError } from 'zod';
import { glyphTableInSteps, GLYPH_REQUEST_MAX_CHARACTERS } from './cjk-font';
import { isServedHost } from './served-hosts';
import { userMessageOf } from '../../cli/run-cli';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { isQueryName, runNamedQuery } from '../../cypher/named-queries';
import { planFromGraph } from './plan-from-graph';
import { issueSentence } from '../../common/first-issue';

export interface AppServerOptions {
  driver: Driver;
  settings: Neo4jSettings;
  /** Folder of the built app (vite build output). */
  staticDir: string;
  /** Folder of the one-chunk build the app inlines into its HTML export, served under /standalone/. */
  standaloneDir?: string;
  /** Host names served besides the loopback ones (FENGONG_HOSTS), e.g. the name of a reverse proxy. */
  hosts?: readonly string[];
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  // Document text is only ever rendered as text; scripts come from this origin alone.
  'content-security-policy': "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A plan read that requests for the same document share while it runs: the status and the body as sent. */
type PlanReads = Map<string, Promise<{ status: number; json: string }>>;

export function createAppServer(options: AppServerOptions): Server {
  const planReads: PlanReads = new Map();
  return createServer((req, res) => {
    handle(options, planReads, req, res).catch((error: unknown) => sendJson(res, 500, { error: userMessageOf(error) }));
  });
}

async function handle(options: AppServerOptions, planReads: PlanReads, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // A page of another site whose name was rebound to 127.0.0.1 (DNS rebinding) sends its own
  // name as Host: without this check it could read every plan.
  if (!isServedHost(req.headers.host, options.hosts ?? [])) {
    return sendJson(res, 403, { error: `this server answers to localhost, 127.0.0.1 and [::1]${options.hosts?.length ? ` and ${options.hosts.join(', ')}` : ''}, not to the host "${req.headers.host ?? ''}" — set FENGONG_HOSTS to serve another name` });
  }
  const url = parsedUrl(req.url ?? '/');
  if (url === null) return sendJson(res, 400, { error: `malformed URL: ${req.url}` });
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'read-only: only GET is served' });
  const pathname = decodedPath(url.pathname);
  if (pathname === null) return sendJson(res, 400, { error: `malformed URL: ${url.pathname} is not valid percent-encoding` });
  if (pathname.startsWith('/api/')) return api(options, planReads, pathname, url, res);
  if (options.standaloneDir && pathname.startsWith('/standalone/')) return serveStatic(options.standaloneDir, pathname.slice('/standalone'.length), res);
  return serveStatic(options.staticDir, pathname, res);
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

async function api(options: AppServerOptions, planReads: PlanReads, pathname: string, url: URL, res: ServerResponse): Promise<void> {
  const params = Object.fromEntries(url.searchParams);
  // On the decoded path: a document id has no slash (ingest/model/plan-document.ts).
  const planMatch = /^\/api\/plan\/([^/]+)$/.exec(pathname);
  try {
    if (planMatch) {
      const document = planMatch[1]!;
      // A burst of requests for one plan (a class opening the same link) runs the query and
      // builds the answer once, instead of once per request: 100 at once had waited 40 s.
      let read = planReads.get(document);
      if (!read) {
        read = readPlan(options, document).finally(() => planReads.delete(document));
        planReads.set(document, read);
      }
      const { status, json } = await read;
      return sendText(res, status, json);
    }
    if (pathname === '/api/glyphs') {
      // Outlines of the characters of the labels, so the app's SVG export reads in any viewer.
      const text = z.string().min(1).max(GLYPH_REQUEST_MAX_CHARACTERS * 2).parse(params.text);
      const distinct = new Set(text).size;
      if (distinct > GLYPH_REQUEST_MAX_CHARACTERS) {
        return sendJson(res, 413, { error: `parameter text: ${distinct} distinct characters, at most ${GLYPH_REQUEST_MAX_CHARACTERS} per request — ask in parts` });
      }
      return sendJson(res, 200, await glyphTableInSteps(text));
    }
    const queryMatch = /^\/api\/query\/([a-z-]+)$/.exec(pathname);
    if (queryMatch) {
      const name = queryMatch[1]!;
      if (!isQueryName(name) || name === 'plan') return sendJson(res, 404, { error: `no query named "${name}"` });
      return sendJson(res, 200, { rows: await runNamedQuery(options.driver, options.settings, name, params) });
    }
    return sendJson(res, 404, { error: `no route ${pathname}` });
  } catch (error) {
    if (error instanceof ZodError) {
      return sendJson(res, 400, { error: `parameter ${issueSentence(error)}` });
    }
    return sendJson(res, 503, { error: userMessageOf(error) });
  }
}

async function readPlan(options: AppServerOptions, document: string): Promise<{ status: number; json: string }> {
  const rows = await runNamedQuery(options.driver, options.settings, 'plan', { document });
  if (rows.length === 0) return { status: 404, json: JSON.stringify({ error: `no document "${document}" in the database` }) };
  return { status: 200, json: JSON.stringify(planFromGraph(rows[0]!)) };
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return sendJson(res, 403, { error: 'outside the app' });
  const info = await stat(file).catch(() => null);
  // The app routes on the client: unknown paths get index.html.
  if (!info || info.isDirectory()) file = join(root, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) return sendJson(res, 404, { error: 'the app is not built — run `npm run build:web`' });
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(json);
}
