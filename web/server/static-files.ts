/**
 * The built app's files. Vite names every script and stylesheet under /assets/ after a hash
 * of its content, so those are cached by browsers for a year and never asked for again;
 * index.html (which names the current ones) and other files are revalidated on every load
 * (ETag, 304). Each file is read and compressed once, and again only when it changes on disk.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Compressible } from './compression';
import { ServedError } from './error-catalogue';
import { isCurrent, sendBody, sendNotModified } from './send-body';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Types worth compressing: text. PNG and WOFF2 are compressed already. */
const TEXT_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** `/assets/app-B9Yuay4E.js`: a file Vite named after its content. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Held {
  mtimeMs: number;
  size: number;
  body: Compressible;
}

export class StaticFiles {
  private readonly held = new Map<string, Held>();

  constructor(private readonly root: string) {}

  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    let file = join(this.root, relative);
    if (!file.startsWith(this.root + sep) && file !== this.root) throw new ServedError('outside-app');
    let info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      // A script of an older build is gone: answering it with the page would run HTML as script.
      if (pathname.startsWith('/assets/')) throw new ServedError('no-route', `no file ${pathname} in the app — reload the page`);
      // The app routes on the client: other unknown paths get index.html.
      file = join(this.root, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info) throw new ServedError('app-not-built');
    }
    const held = await this.read(file, info.mtimeMs, info.size);
    const etag = `"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}"`;
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': HASHED_ASSET.test(pathname) ? IMMUTABLE : 'no-cache',
      etag,
    };
    if (isCurrent(req, etag)) return sendNotModified(res, headers);
    return sendBody(req, res, 200, headers, held.body);
  }

  private async read(file: string, mtimeMs: number, size: number): Promise<Held> {
    const known = this.held.get(file);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
    const raw = await readFile(file);
    const held = { mtimeMs, size, body: new Compressible(raw, TEXT_TYPES.has(extname(file)) ? 'compress' : 'never') };
    this.held.set(file, held);
    return held;
  }
}
