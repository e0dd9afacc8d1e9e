/**
 * Writing a response: the body in the encoding the request accepts, the headers every answer
 * carries, and the 304 that answers a request whose copy is still current.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { chosenEncoding, Compressible } from './compression';
import type { ErrorAnswer } from './error-catalogue';

export const SECURITY_HEADERS = {
  // Document text is only ever rendered as text; scripts come from this origin alone.
  'content-security-policy': "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export const JSON_TYPE = 'application/json; charset=utf-8';

export async function sendBody(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Compressible): Promise<void> {
  const form = body.form(chosenEncoding(req.headers['accept-encoding']));
  const bytes = await form.body;
  res.writeHead(status, {
    ...headers,
    ...SECURITY_HEADERS,
    vary: 'accept-encoding',
    'content-length': bytes.length,
    ...(form.encoding === 'identity' ? {} : { 'content-encoding': form.encoding }),
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Whether the request's If-None-Match names `etag` (or any version, `*`). */
export function isCurrent(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

export function sendNotModified(res: ServerResponse, headers: OutgoingHttpHeaders): void {
  res.writeHead(304, { ...headers, ...SECURITY_HEADERS, vary: 'accept-encoding' });
  res.end();
}

/** An error of the catalogue, as JSON the app reads (`error`, `code`, and `id` for a fault of the server). */
export function sendError(req: IncomingMessage, res: ServerResponse, answer: ErrorAnswer): Promise<void> {
  const body = new Compressible(Buffer.from(JSON.stringify(answer.body)), 'compress');
  return sendBody(req, res, answer.status, { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }, body);
}
