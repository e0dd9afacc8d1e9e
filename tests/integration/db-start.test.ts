/**
 * `npm run db:start` when the local Neo4j cannot start: it says why, from the launcher's
 * output and Neo4j's own log, as soon as the launcher gives up — not minutes later with a
 * pointer to a log that holds something else. Each start here uses a folder and port of its
 * own, so the database the other tests use is never touched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neo4jSettings } from '../../db/neo4j-settings';
import { localPaths, localPid, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) s.close();
});

/** A free loopback port, and a server holding it when `hold` is set. */
async function port(hold: boolean): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  if (hold) servers.push(server);
  else await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const localSettings = (env: Record<string, string>) =>
  neo4jSettings({ FENGONG_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'fengong-db-')), ...env } as NodeJS.ProcessEnv);

describe('a local Neo4j that cannot start', () => {
  it('says the port is taken, before starting anything', async () => {
    const taken = await port(true);
    const settings = localSettings({ FENGONG_NEO4J_PORT: String(taken) });
    await expect(startLocalNeo4j(settings)).rejects.toThrow(
      `port ${taken} on 127.0.0.1 is taken by a program that is not this project's Neo4j (or one with another password) — stop it, or set FENGONG_NEO4J_PORT to a free port`,
    );
    expect(localPid(settings)).toBeNull();
  });

  it('says the heap is too small, from the JVM’s own words, once the launcher has exited', async () => {
    const settings = localSettings({ FENGONG_NEO4J_PORT: String(await port(false)), FENGONG_NEO4J_HEAP: '24m' });
    try {
      await expect(startLocalNeo4j(settings)).rejects.toThrow(/could not start: Neo4j ran out of heap memory .*raise FENGONG_NEO4J_HEAP/);
      expect(localPid(settings)).toBeNull();
      expect(readFileSync(localPaths(settings).log, 'utf8')).toMatch(/OutOfMemoryError/);
    } finally {
      await stopLocalNeo4j(settings);
    }
  });

  it('says what the store is missing when its files are damaged', async () => {
    const settings = localSettings({ FENGONG_NEO4J_PORT: String(await port(false)) });
    // A store whose transaction log is not one: what a disk that lost its data leaves.
    const logs = join(localPaths(settings).data, 'data', 'transactions', 'neo4j');
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, 'neostore.transaction.db.0'), Buffer.alloc(4096, 0x5a));
    try {
      await expect(startLocalNeo4j(settings)).rejects.toThrow(/the local Neo4j \(.*\) could not start: .+/);
      expect(localPid(settings)).toBeNull();
    } finally {
      await stopLocalNeo4j(settings);
    }
  });
});
