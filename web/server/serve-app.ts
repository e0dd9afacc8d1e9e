/**
 * Builds the web app and serves it with the API on loopback. Used by `npm start` and by the
 * browser tests, so both run the very same server.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import { PROJECT_ROOT } from '../../db/local-neo4j';
import { createAppServer } from './app-server';

export const STATIC_DIR = join(PROJECT_ROOT, 'dist', 'web');

export const STANDALONE_DIR = join(PROJECT_ROOT, 'dist', 'standalone');

/**
 * Production builds whatever the caller's NODE_ENV (test runners set it to `test`): the app,
 * and its one-chunk twin the app inlines into a single-file HTML export.
 */
export async function buildWebApp(): Promise<void> {
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...env, FENGONG_STANDALONE: '1' } });
}

/**
 * Host names the server answers besides the loopback ones: FENGONG_HOSTS, comma-separated
 * (the name a reverse proxy forwards with). Any other Host header is refused.
 */
const hosts = z
  .string()
  .default('')
  .transform((list) => list.split(',').map((h) => h.trim()).filter((h) => h.length > 0))
  .parse(process.env.FENGONG_HOSTS);

/**
 * FENGONG_ANSWER_CACHE=off: every request computes its answer (the benchmark's baseline, or
 * to rule the cache out when looking for a fault).
 */
const answerCache = z.enum(['on', 'off']).default('on').parse(process.env.FENGONG_ANSWER_CACHE) === 'on';

export async function serveApp(driver: Driver, settings: Neo4jSettings, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createAppServer({ driver, settings, staticDir: STATIC_DIR, standaloneDir: STANDALONE_DIR, hosts, answerCache });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
