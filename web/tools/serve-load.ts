/**
 * The load side of `npm run bench:serve`: closed-loop clients on keep-alive connections that
 * ask for one path as fast as they are answered, for a fixed time, as a browser asks (with
 * Accept-Encoding); and single requests that report what was sent on the wire.
 */
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Bytes on the wire (compressed when the answer was). */
  bytes: number;
  milliseconds: number;
}

export const BROWSER_ENCODINGS = 'gzip, deflate, br';

export function fetchOnce(port: number, path: string, headers: Record<string, string> = {}, agent?: Agent): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, milliseconds: performance.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  /** Answers other than 200, which make the figures meaningless. */
  failures: number;
}

/** `clients` connections asking for `path` one answer after another for `seconds`. */
export async function load(port: number, path: string, clients: number, seconds: number): Promise<LoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const times: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const reply = await fetchOnce(port, path, { 'accept-encoding': BROWSER_ENCODINGS }, agent);
        times.push(reply.milliseconds);
        if (reply.status !== 200) failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { requests: times.length, perSecond: times.length / elapsed, p50: times[Math.floor(times.length / 2)] ?? 0, failures };
}

/** The scripts and stylesheets index.html loads at once: its script, preloads and stylesheets. */
export function firstLoadFiles(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}
