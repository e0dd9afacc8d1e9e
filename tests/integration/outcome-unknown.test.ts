/**
 * A connection that drops while a plan is being committed: the commit may have landed, so the
 * loader must not say "not loaded". A proxy on loopback between the driver and Neo4j passes
 * the COMMIT of a plan's transaction on and cuts both sides before the answer comes back —
 * the database has the plan, the loader cannot know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../db/connect';
import { loadPlan } from '../../ingest/load/load-plan';
import { documentFacts, driver, removeDocuments, settings, smallPlan } from '../support/_database';

/** Bolt's COMMIT message in one chunk: size 2, an empty struct with signature 0x12, end marker. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
/** Text of the first load statement: from here on the transaction is a plan's. */
const PLAN_STATEMENT = Buffer.from('CREATE (d:Document)');

let proxy: Server;
let proxyUri: string;
let d: Driver;
const sockets = new Set<Socket>();

beforeAll(async () => {
  const target = new URL(settings.uri);
  proxy = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    sockets.add(client).add(server);
    let planTransaction = false;
    let committing = false;
    client.on('data', (chunk) => {
      if (chunk.includes(PLAN_STATEMENT)) planTransaction = true;
      if (planTransaction && chunk.includes(COMMIT)) committing = true;
      server.write(chunk);
    });
    server.on('data', (chunk) => {
      // The answer to the plan's COMMIT never reaches the driver: the connection drops here.
      if (committing) {
        client.destroy();
        server.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUri = `bolt://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  d = driver();
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await removeDocuments(d, 'it-outcome');
  await d.close();
});

describe('a connection that drops at the commit', () => {
  it('is reported as an unknown outcome, and the plan it committed is whole', async () => {
    const through = { ...settings, uri: proxyUri, local: false };
    const cut = openDriver(through);
    const plan = smallPlan('it-outcome');
    try {
      await expect(loadPlan(cut, through, plan)).rejects.toMatchObject({
        code: 'outcome-unknown',
        message: `outcome unknown — the connection to Neo4j at ${proxyUri} dropped while "it-outcome" was being committed; re-run, loading is idempotent`,
      });
    } finally {
      await cut.close();
    }
    // Here the commit had landed: "not loaded" would have been false.
    expect(await documentFacts(d, 'it-outcome')).toBe(await countOf(plan));
    expect((await loadPlan(d, settings, plan)).status).toBe('unchanged');
  });

  it('npm run ingest says "outcome unknown", not "not loaded"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fengong-outcome-'));
    const file = join(folder, 'it-outcome-cli.txt');
    writeFileSync(file, '1.建设梅龙高铁。\n部门分工:省发展改革委牵头,省财政厅配合。\n');
    const { code, stderr } = await promisify(execFile)('npx', ['tsx', 'ingest/cli/ingest.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: proxyUri, NEO4J_PASSWORD: settings.password },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/\[1\/1\] .*it-outcome-cli\.txt: outcome unknown — the connection to Neo4j at .* dropped while "it-outcome-cli" was being committed; re-run, loading is idempotent/);
    expect(stderr).not.toMatch(/not loaded/);
    expect(stderr).not.toMatch(/\bat \S+ \(/);
  });
});

/** Nodes the loader writes for a plan: the document, its sections, tasks, units, projects and findings. */
async function countOf(plan: ReturnType<typeof smallPlan>): Promise<number> {
  return 1 + new Set(plan.sections.map((s) => s.number)).size + plan.tasks.length + plan.units.length + plan.projects.length + plan.findings.length;
}
