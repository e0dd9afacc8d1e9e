/**
 * What the app server answers, on the real Neo4j: errors by their catalogue code (a broken
 * stored document is the server's fault and tells the client nothing of it), answers kept
 * per document load and revalidated by ETag until an ingest replaces the document, bodies in
 * the encoding the client accepts, and the app's hashed files cached for a year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createAppServer, type AppServerOptions } from '../../web/server/app-server';
import { openDriver } from '../../db/connect';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { driver, read, SEED_ID, settings, smallPlan } from '../support/_database';

const BROKEN = 'srv-broken-stored';
const RELOADED = 'srv-reloaded';
const SCRIPT = `console.log(${JSON.stringify('分工'.repeat(2000))});\n`;

let d: Driver;
const logged: string[] = [];
const servers: Server[] = [];

/** A server on a free loopback port; `staticDir` holds a built app of two files. */
async function serve(options: Partial<AppServerOptions> = {}): Promise<number> {
  const staticDir = mkdtempSync(join(tmpdir(), 'fengong-served-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fengong</title><script type="module" src="/assets/app-B9Yuay4E.js"></script>');
  writeFileSync(join(staticDir, 'assets', 'app-B9Yuay4E.js'), SCRIPT);
  const server = createAppServer({ driver: d, settings, staticDir, log: (line) => logged.push(line), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, decoded from its content-encoding. */
  text: string;
  sentBytes: number;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: body.toString('utf8'), sentBytes: raw.length });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const forget = (id: string) => read(d, 'MATCH (n) WHERE n.document = $id OR (n:Document AND n.id = $id) DETACH DELETE n', { id });

let port: number;
beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
  port = await serve();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await forget(BROKEN);
  await forget(RELOADED);
  await d.close();
});

describe('errors, by the catalogue', () => {
  it('a stored document that does not read back is 500 with an id; its detail goes to the log only', async () => {
    // What no loader writes: a task without numberInferred, which the stored-plan schema requires.
    await forget(BROKEN);
    await read(d, 'CREATE (:Document {id: $id, sourceFile: $file, contentHash: $hash, planHash: $hash, paragraphCount: 0})', { id: BROKEN, file: `${BROKEN}.txt`, hash: 'f'.repeat(64) });
    await read(d, 'CREATE (:Task {document: $id, ordinal: $ordinal, headline: $headline})', { id: BROKEN, ordinal: 1, headline: '内部数据' });
    const { status, text } = await get(port, `/api/plan/${BROKEN}`);
    expect(status).toBe(500);
    const body = JSON.parse(text) as { error: string; code: string; id: string };
    expect(Object.keys(body).sort()).toEqual(['code', 'error', 'id']);
    expect(body.code).toBe('internal');
    expect(body.id).toMatch(/^E-[0-9a-f]{10}$/);
    expect(body.error).toBe(`the server could not answer this request (${body.id}); the fault is on the server's side, and its log says more under ${body.id}`);
    for (const detail of ['numberInferred', 'tasks', 'Zod', BROKEN, '内部数据']) expect(text).not.toContain(detail);
    const line = logged.find((l) => l.includes(body.id));
    expect(line).toBe(`fengong server: ${body.id} GET /api/plan/${BROKEN}: StoredDocumentError: stored document "${BROKEN}" does not read back as a plan: tasks.0.numberInferred: Invalid input: expected boolean, received undefined`);
    await forget(BROKEN);
    expect((await get(port, `/api/plan/${BROKEN}`)).status).toBe(404);
  });

  it.each([
    [`/api/plan/not-loaded`, 'no document "not-loaded" in the database'],
    [`/api/query/workload?document=not-loaded`, 'no document "not-loaded" in the database'],
    [`/api/query/compare-plans?documentA=${SEED_ID}&documentB=not-loaded`, 'no document "not-loaded" in the database'],
  ])('%s: a document that is not loaded is 404', async (path, error) => {
    const { status, text } = await get(port, path);
    expect(status).toBe(404);
    expect(JSON.parse(text)).toEqual({ error, code: 'no-document' });
  });

  it.each([
    [`/api/query/co-ownership?document=${SEED_ID}&minShared=many`, 'parameter minShared: Invalid input: expected number, received NaN'],
    [`/api/query/workload`, 'parameter document: Invalid input: expected string, received undefined'],
    [`/api/glyphs`, 'parameter text: Invalid input: expected string, received undefined'],
  ])('%s: a bad parameter is 400 and names it', async (path, error) => {
    const { status, text } = await get(port, path);
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({ error, code: 'bad-parameter' });
  });

  it('a database that cannot be reached is 503 with what to do', async () => {
    const nowhere = { ...settings, uri: 'bolt://127.0.0.1:1', local: false };
    const down = openDriver(nowhere);
    try {
      const downPort = await serve({ driver: down, settings: nowhere });
      const { status, text } = await get(downPort, `/api/query/workload?document=${SEED_ID}`);
      expect(status).toBe(503);
      expect(JSON.parse(text)).toEqual({
        error: 'cannot connect to Neo4j at bolt://127.0.0.1:1 (NEO4J_URI) — check that the server is running and reachable',
        code: 'database-unavailable',
      });
    } finally {
      await down.close();
    }
  });
});

describe('answers kept per document load', () => {
  it('a repeated plan request with its ETag is 304; an ingest that replaces the plan changes the answer and the ETag', async () => {
    await loadPlan(d, settings, smallPlan(RELOADED));
    const first = await get(port, `/api/plan/${RELOADED}`);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await get(port, `/api/plan/${RELOADED}`, { 'if-none-match': etag });
    expect([again.status, again.text, again.headers.etag]).toEqual([304, '', etag]);
    const workload = JSON.parse((await get(port, `/api/query/workload?document=${RELOADED}`)).text) as { rows: Array<{ unit: string }> };
    expect(workload.rows.map((r) => r.unit).sort()).toEqual(['省教育厅', '省科技厅', '省财政厅'].sort());

    await loadPlan(d, settings, smallPlan(RELOADED, '部门分工:省交通运输厅牵头,省财政厅配合。'));
    const replaced = await get(port, `/api/plan/${RELOADED}`, { 'if-none-match': etag });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.etag).not.toBe(etag);
    expect(JSON.parse(replaced.text).plan.tasks[0].leads).toEqual(['省交通运输厅']);
    const after = JSON.parse((await get(port, `/api/query/workload?document=${RELOADED}`)).text) as { rows: Array<{ unit: string }> };
    expect(after.rows.map((r) => r.unit).sort()).toEqual(['省交通运输厅', '省财政厅'].sort());
  });

  it('requests arriving together for two documents each get their own document, as asked one by one', async () => {
    const paths = [`/api/query/workload?document=${SEED_ID}`, `/api/query/workload?document=${RELOADED}`];
    const alone = await Promise.all(paths.map(async (path) => (await get(await serve(), path)).text));
    const together = await Promise.all(Array.from({ length: 40 }, (_, i) => get(port, paths[i % 2]!)));
    expect(together.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(together.map((r, i) => r.text === alone[i % 2])).toEqual(Array(40).fill(true));
    expect(alone[0]).not.toBe(alone[1]);
  });

  it('the same answers with the cache off', async () => {
    const uncached = await serve({ answerCache: false });
    const path = `/api/query/co-ownership?document=${SEED_ID}&limit=100000`;
    const [kept, computed] = [await get(port, path), await get(uncached, path)];
    expect(computed.status).toBe(200);
    expect(computed.text).toBe(kept.text);
    expect(JSON.parse(computed.text).rows.length).toBeGreaterThan(100);
  });
});

describe('encodings and app files', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip;q=1, br;q=0', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" gets %s, and the same plan', async (accept, encoding) => {
    const plain = await get(port, `/api/plan/${SEED_ID}`);
    const reply = await get(port, `/api/plan/${SEED_ID}`, { 'accept-encoding': accept });
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers.vary).toBe('accept-encoding');
    expect(reply.text).toBe(plain.text);
    if (encoding) expect(reply.sentBytes).toBeLessThan(plain.sentBytes / 4);
  });

  it('a hashed script is immutable for a year, compressed; the page is revalidated', async () => {
    const script = await get(port, '/assets/app-B9Yuay4E.js', { 'accept-encoding': 'gzip, br' });
    expect([script.status, script.headers['cache-control'], script.headers['content-encoding'], script.text]).toEqual([200, 'public, max-age=31536000, immutable', 'br', SCRIPT]);
    const page = await get(port, '/');
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-cache']);
    expect((await get(port, '/', { 'if-none-match': page.headers.etag! })).status).toBe(304);
    expect((await get(port, '/assets/app-00000000.js')).status).toBe(404);
  });
});
