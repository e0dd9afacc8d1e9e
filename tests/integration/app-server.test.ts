/**
 * The app's HTTP layer against hostile requests: a foreign Host (DNS rebinding), malformed
 * percent-encoding, and glyph requests too large to answer or slow enough to block others;
 * the app's glyph client asks for a large picture's characters in parts the server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createAppServer } from '../../web/server/app-server';
import { glyphTable, GLYPH_REQUEST_MAX_CHARACTERS } from '../../web/server/cjk-font';
import { glyphClient } from '../../web/src/export/glyph-client';
import { driver, SEED_ID, settings } from '../support/_database';

let d: Driver;
let server: Server;
let port: number;

beforeAll(async () => {
  d = driver();
  const staticDir = mkdtempSync(join(tmpdir(), 'fengong-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fengong</title>');
  server = createAppServer({ driver: d, settings, staticDir, hosts: ['plans.example.org'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await d.close();
});

/** A GET with the raw path and the Host header given, as a rebinding page or a curl user sends them. */
function get(path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header', () => {
  it.each([`localhost:5180`, `127.0.0.1:5180`, '[::1]:5180', 'app.localhost', 'plans.example.org'])('answers %s', async (host) => {
    const { status, body } = await get(`/api/plan/${SEED_ID}`, host);
    expect(status).toBe(200);
    expect(JSON.parse(body).plan.document.id).toBe(SEED_ID);
  });

  it.each(['evil.example:5180', 'evil.example', '127.0.0.1.evil.example', 'localhost.evil.example:5180'])('refuses %s with 403 and no data', async (host) => {
    const { status, body } = await get(`/api/plan/${SEED_ID}`, host);
    expect(status).toBe(403);
    expect(JSON.parse(body).error).toMatch(/answers to localhost, 127\.0\.0\.1 and \[::1\] and plans\.example\.org, not to the host "evil\.example|not to the host "(127\.0\.0\.1|localhost)\.evil\.example/);
    expect(body).not.toContain('省发展改革委');
  });

  it('refuses the app page too', async () => {
    expect((await get('/', 'evil.example:5180')).status).toBe(403);
    expect((await get('/')).status).toBe(200);
  });
});

describe('malformed URLs', () => {
  it.each(['/%', '/api/plan/%', '/api/plan/%E4%B8', '/standalone/%zz', '/api/query/%'])('%s answers 400 with a sentence', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(JSON.parse(body).error).toMatch(/^malformed URL: .* is not valid percent-encoding$/);
  });

  it('an unknown document answers 404, a well-encoded Chinese one is found', async () => {
    expect((await get(`/api/plan/${encodeURIComponent('不存在的方案')}`)).status).toBe(404);
  });
});

describe('/api/glyphs', () => {
  /** Distinct CJK characters from `start` on, none of them asked for before in this process. */
  const characters = (start: number, count: number) => Array.from({ length: count }, (_, i) => String.fromCodePoint(start + i)).join('');

  it(`refuses more than ${GLYPH_REQUEST_MAX_CHARACTERS} distinct characters with 413 and says how many`, async () => {
    const text = characters(0x4e00, GLYPH_REQUEST_MAX_CHARACTERS + 1);
    const { status, body } = await get(`/api/glyphs?text=${encodeURIComponent(text)}`);
    expect(status).toBe(413);
    expect(JSON.parse(body).error).toBe(`parameter text: ${GLYPH_REQUEST_MAX_CHARACTERS + 1} distinct characters, at most ${GLYPH_REQUEST_MAX_CHARACTERS} per request — ask in parts`);
  });

  it('answers a full request, and answers others while it outlines', async () => {
    expect((await get(`/api/glyphs?text=${encodeURIComponent('分工')}`)).status).toBe(200); // the font is parsed once, before
    const order: string[] = [];
    const big = get(`/api/glyphs?text=${encodeURIComponent(characters(0x5500, GLYPH_REQUEST_MAX_CHARACTERS))}`).then((r) => {
      order.push('glyphs');
      return r;
    });
    // Let the big request reach the server and start outlining before the small one is sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A request the server answers without the database: what matters is whether it waits.
    const small = get(`/api/glyphs?text=${encodeURIComponent('分')}`).then((r) => {
      order.push('small');
      return r;
    });
    const [glyphs, other] = await Promise.all([big, small]);
    expect(glyphs.status).toBe(200);
    expect(Object.keys(JSON.parse(glyphs.body).glyphs)).toHaveLength(GLYPH_REQUEST_MAX_CHARACTERS);
    expect(other.status).toBe(200);
    expect(order).toEqual(['small', 'glyphs']);
  });

  it(`the app's glyph client asks for ${2.5 * GLYPH_REQUEST_MAX_CHARACTERS} distinct characters in parts and gets every outline`, async () => {
    const text = characters(0x6000, 2.5 * GLYPH_REQUEST_MAX_CHARACTERS);
    const asked: number[] = [];
    const client = glyphClient(null, (path) => {
      asked.push(new Set(new URL(path, 'http://app').searchParams.get('text')).size);
      return fetch(`http://127.0.0.1:${port}${path}`);
    });
    const table = await client(text);
    expect(asked).toEqual([GLYPH_REQUEST_MAX_CHARACTERS, GLYPH_REQUEST_MAX_CHARACTERS, GLYPH_REQUEST_MAX_CHARACTERS / 2]);
    expect(Object.keys(table!.glyphs)).toHaveLength(2.5 * GLYPH_REQUEST_MAX_CHARACTERS);
    expect(table).toEqual(glyphTable(text));
    // Asked again with one more character, it asks for that one alone.
    await client(`${text}${String.fromCodePoint(0x7000)}`);
    expect(asked.at(-1)).toBe(1);
  });
});
