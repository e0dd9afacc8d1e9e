/**
 * The project's own Neo4j: built once with Maven, run as a detached JVM with a bounded heap,
 * listening on loopback only, its store and log in the git-ignored `.db/` folder. Start
 * returns once Bolt answers; stop sends SIGTERM so the store closes cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openDriver } from './connect';
import type { Neo4jSettings } from './neo4j-settings';
import { DatabaseError } from './neo4j-errors';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = join(PROJECT_ROOT, 'db', 'launcher');
const STATE = join(PROJECT_ROOT, '.db');
export const LOCAL_PATHS = {
  data: join(STATE, 'neo4j'),
  pid: join(STATE, 'neo4j.pid'),
  log: join(STATE, 'neo4j.log'),
};
const START_TIMEOUT_MS = 180_000;

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  userMessage(): string {
    return this.message;
  }
}

/** Whether the database at the settings' URI answers a query. */
export async function answers(settings: Neo4jSettings): Promise<boolean> {
  const driver = openDriver(settings);
  try {
    await driver.executeQuery('RETURN 1', {}, { database: settings.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function localPid(): number | null {
  if (!existsSync(LOCAL_PATHS.pid)) return null;
  const pid = Number(readFileSync(LOCAL_PATHS.pid, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Starts the local Neo4j unless it already answers; resolves once Bolt answers. */
export async function startLocalNeo4j(settings: Neo4jSettings, say: (line: string) => void = () => {}): Promise<'started' | 'running'> {
  if (!settings.local) throw new LocalNeo4jError(`NEO4J_URI is set (${settings.uri}): Fengong uses that server and starts none of its own`);
  if (await answers(settings)) return 'running';
  if (localPid() === null) {
    requireCommand('java', ['-version'], 'Java 17 runs the local Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to a running Neo4j');
    buildLauncher(say);
    mkdirSync(LOCAL_PATHS.data, { recursive: true });
    const port = new URL(settings.uri).port || '7687';
    const log = openSync(LOCAL_PATHS.log, 'a');
    say(`starting Neo4j on ${settings.uri} (heap ${settings.heap}, page cache ${settings.pageCacheMb} MiB, data in .db/neo4j)`);
    const child = spawn(
      'java',
      [
        `-Xmx${settings.heap}`,
        `-Xms${settings.heap}`,
        '-XX:+UseG1GC',
        '-cp',
        `${join(LAUNCHER, 'target', 'classes')}:${join(LAUNCHER, 'target', 'lib', '*')}`,
        'fengong.db.Launcher',
        LOCAL_PATHS.data,
        port,
        settings.password,
        String(settings.pageCacheMb),
      ],
      { detached: true, stdio: ['ignore', log, log] },
    );
    closeSync(log);
    if (child.pid === undefined) throw new LocalNeo4jError('could not start java for the local Neo4j');
    writeFileSync(LOCAL_PATHS.pid, String(child.pid));
    child.unref();
  }
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answers(settings)) return 'started';
    if (localPid() === null) {
      throw new LocalNeo4jError(`the local Neo4j stopped while starting — last lines of .db/neo4j.log:\n${tail(LOCAL_PATHS.log, 8)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LocalNeo4jError(`the local Neo4j did not answer on ${settings.uri} within ${START_TIMEOUT_MS / 1000} s — see .db/neo4j.log`);
}

/** Stops the local Neo4j: SIGTERM, then SIGKILL if it has not exited after 60 s. */
export async function stopLocalNeo4j(): Promise<'stopped' | 'not-running'> {
  const pid = localPid();
  if (pid === null) {
    rmSync(LOCAL_PATHS.pid, { force: true });
    return 'not-running';
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && localPid() !== null) await new Promise((r) => setTimeout(r, 200));
  if (localPid() !== null) process.kill(pid, 'SIGKILL');
  while (localPid() !== null) await new Promise((r) => setTimeout(r, 100));
  rmSync(LOCAL_PATHS.pid, { force: true });
  return 'stopped';
}

/** Kills the local Neo4j at once, as a crash would. For tests of what a crash leaves behind. */
export async function killLocalNeo4j(): Promise<void> {
  const pid = localPid();
  if (pid === null) throw new DatabaseError('cannot-connect', 'the local Neo4j is not running');
  process.kill(pid, 'SIGKILL');
  while (localPid() !== null) await new Promise((r) => setTimeout(r, 50));
}

function buildLauncher(say: (line: string) => void): void {
  if (existsSync(join(LAUNCHER, 'target', 'classes', 'fengong', 'db', 'Launcher.class')) && existsSync(join(LAUNCHER, 'target', 'lib'))) return;
  requireCommand('mvn', ['-v'], 'Maven builds the local Neo4j launcher: install it (Debian: apt-get install maven) or set NEO4J_URI to a running Neo4j');
  say('building the Neo4j launcher with Maven (first run only; downloads Neo4j from Maven Central)');
  const build = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER, 'pom.xml'), 'package', '-DskipTests'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) {
    throw new LocalNeo4jError(`Maven could not build db/launcher:\n${(build.stdout + build.stderr).trim().split('\n').slice(-10).join('\n')}`);
  }
}

function requireCommand(command: string, args: string[], advice: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) throw new LocalNeo4jError(`${command} not found. ${advice}`);
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}
