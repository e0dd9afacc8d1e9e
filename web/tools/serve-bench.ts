/**
 * `npm run bench:serve [-- --seconds 3 --clients 10,50 --document <id> --app <built app folder>]`:
 * throughput and median latency of the app server for workload, co-ownership and the plan,
 * with kept answers off and on, measured in the same run on two servers of its own
 * (separate processes, loopback, free ports) against the configured Neo4j, read-only; then
 * the bytes of the app's first load and of the plan JSON, raw and compressed, and the 304
 * that answers a repeated plan request. Builds the app into a folder of its own.
 */
import { fork, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { PROJECT_ROOT, startLocalNeo4j } from '../../db/local-neo4j';
import { runCli } from '../../cli/run-cli';
import { createAppServer } from '../server/app-server';
import { documentVersions } from '../server/document-versions';
import { BROWSER_ENCODINGS, fetchOnce, firstLoadFiles, load, type LoadFigures } from './serve-load';

const SERVE_ROLE = '--bench-server';

/** One of the two servers: answers until its parent ends it. */
async function runServer(staticDir: string, answerCache: boolean): Promise<void> {
  const settings = neo4jSettings();
  const server = createAppServer({ driver: openDriver(settings), settings, staticDir, answerCache });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
}

function startServer(staticDir: string, cache: 'on' | 'off'): Promise<{ child: ChildProcess; port: number }> {
  // This program again: run by npm through scripts/run-cli.mjs (import.meta.url names the
  // source there, not the bundle), or directly with tsx.
  const self = process.argv[1]!;
  const args = [...(basename(self) === 'run-cli.mjs' ? ['bench-serve'] : []), SERVE_ROLE, staticDir, cache];
  const child = fork(self, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`the benchmark's ${cache} server stopped (exit ${code})`)));
  });
}

const Options = z.object({
  seconds: z.coerce.number().positive().max(60).default(3),
  clients: z.string().default('10,50').transform((s) => s.split(',').map((n) => z.coerce.number().int().min(1).max(500).parse(n))),
  document: z.string().min(1).default('guangdong-2022-task-division'),
  app: z.string().optional(),
});

async function bench(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, clients: { type: 'string' }, document: { type: 'string' }, app: { type: 'string' } } });
  const options = Options.parse(values);
  const settings = neo4jSettings();
  if (settings.local) await startLocalNeo4j(settings);
  const driver = openDriver(settings);
  const loaded = await documentVersions(driver, settings, [options.document]).finally(() => driver.close());
  if (!loaded.has(options.document)) throw new Error(`no document "${options.document}" in ${settings.uri} — load it first (npm start loads the seed)`);

  const built = options.app ?? mkdtempSync(join(tmpdir(), 'fengong-serve-bench-'));
  if (!options.app) {
    console.log('building the app…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', built, '--emptyOutDir'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const servers = { off: await startServer(built, 'off'), on: await startServer(built, 'on') };
  try {
    const q = encodeURIComponent(options.document);
    const paths = {
      workload: `/api/query/workload?document=${q}`,
      'co-ownership': `/api/query/co-ownership?document=${q}&limit=100000`,
      plan: `/api/plan/${q}`,
    };
    console.log(`\n${options.seconds} s a cell, closed-loop clients on keep-alive connections, Accept-Encoding: ${BROWSER_ENCODINGS}`);
    console.log('answer         clients   uncached req/s   p50 ms   kept req/s   p50 ms   ratio');
    for (const [name, path] of Object.entries(paths)) {
      for (const server of Object.values(servers)) for (let i = 0; i < 3; i++) await fetchOnce(server.port, path, { 'accept-encoding': BROWSER_ENCODINGS });
      for (const clients of options.clients) {
        const off = await load(servers.off.port, path, clients, options.seconds);
        const on = await load(servers.on.port, path, clients, options.seconds);
        console.log(`${name.padEnd(14)} ${String(clients).padStart(7)}   ${figures(off)}   ${figures(on)}   ${(on.perSecond / off.perSecond).toFixed(1).padStart(5)}×`);
      }
    }
    await sizes(servers.on.port, paths.plan);
  } finally {
    for (const { child } of Object.values(servers)) child.kill();
    if (!options.app) rmSync(built, { recursive: true, force: true });
  }
}

function figures(f: LoadFigures): string {
  const failed = f.failures > 0 ? ` (${f.failures} failed)` : '';
  return `${f.perSecond.toFixed(0).padStart(14)}   ${f.p50.toFixed(1).padStart(6)}${failed}`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function sizes(port: number, planPath: string): Promise<void> {
  const page = await pageFiles(port);
  const sent = async (path: string, encoding: string) => (await fetchOnce(port, path, { 'accept-encoding': encoding })).bytes;
  const raw = await Promise.all(page.map((p) => sent(p, 'identity')));
  const br = await Promise.all(page.map((p) => sent(p, 'br')));
  const gz = await Promise.all(page.map((p) => sent(p, 'gzip')));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`\nfirst load (${page.join(', ')}):`);
  console.log(`  raw ${kb(sum(raw))}, gzip ${kb(sum(gz))}, brotli ${kb(sum(br))}`);
  for (const [i, p] of page.entries()) console.log(`  ${p}: raw ${kb(raw[i]!)}, brotli ${kb(br[i]!)}`);
  const plan = { raw: await sent(planPath, 'identity'), gzip: await sent(planPath, 'gzip'), br: await sent(planPath, 'br') };
  console.log(`plan JSON: raw ${kb(plan.raw)}, gzip ${kb(plan.gzip)}, brotli ${kb(plan.br)}`);
  const first = await fetchOnce(port, planPath, { 'accept-encoding': BROWSER_ENCODINGS });
  const again = await fetchOnce(port, planPath, { 'accept-encoding': BROWSER_ENCODINGS, 'if-none-match': String(first.headers.etag) });
  console.log(`plan requested again with If-None-Match ${String(first.headers.etag)}: ${again.status}, ${again.bytes} bytes of body`);
}

async function pageFiles(port: number): Promise<string[]> {
  const index = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
  return ['/', ...firstLoadFiles(index)];
}

if (process.argv[2] === SERVE_ROLE) await runServer(process.argv[3]!, process.argv[4] === 'on');
else await runCli(bench);
