/**
 * The project's own Neo4j: built once with Maven, run as a detached JVM with a bounded heap,
 * listening on loopback only, its store and logs in the git-ignored `.db/` folder (or
 * FENGONG_NEO4J_HOME). Start returns once Bolt answers, and fails as soon as the launcher
 * exits, with the cause read from its output and Neo4j's debug.log; stop sends SIGTERM so
 * the store closes cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { openDriver } from './connect';
import { neo4jSettings, type Neo4jSettings } from './neo4j-settings';
import { DatabaseError } from './neo4j-errors';
import { isRecovering, markLog, readSince, startFailureCause } from './start-log';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = join(PROJECT_ROOT, 'db', 'launcher');
const LAUNCHER_SOURCE = join(LAUNCHER, 'src', 'main', 'java', 'fengong', 'db', 'Launcher.java');
const LAUNCHER_CLASS = join(LAUNCHER, 'target', 'classes', 'fengong', 'db', 'Launcher.class');
/** A long crash recovery may take minutes; a start that fails says so as soon as the launcher exits. */
const START_TIMEOUT_MS = 300_000;
const POLL_MS = 250;
/** The heap the JVM starts with, MiB (or the bound, when smaller): an idle database stays near it. */
const INITIAL_HEAP_MB = 256;
const heapMb = (heap: string) => Number.parseInt(heap, 10) * (heap.endsWith('g') ? 1024 : 1);

/** Where the local database keeps its store, pid, the launcher's output and Neo4j's own log. */
export function localPaths(settings: Neo4jSettings = neo4jSettings()) {
  const state = settings.home ?? join(PROJECT_ROOT, '.db');
  const data = join(state, 'neo4j');
  return { state, data, pid: join(state, 'neo4j.pid'), log: join(state, 'neo4j.log'), debugLog: join(data, 'logs', 'debug.log') };
}

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  userMessage(): string {
    return this.message;
  }
}

/** How long a probe waits for an answer: a program on the port that does not speak Bolt never gives one. */
const PROBE_MS = 3_000;

/** Whether the database at the settings' URI answers a query (one try, no retries). */
export async function answers(settings: Neo4jSettings): Promise<boolean> {
  const driver = openDriver(settings);
  const session = driver.session({ database: settings.database });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), PROBE_MS)));
    await Promise.race([session.run('RETURN 1'), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    // Not awaited: closing waits for a handshake that a program that is not Neo4j never completes.
    void session.close().catch(() => undefined);
    void driver.close().catch(() => undefined);
  }
}

export function localPid(settings: Neo4jSettings = neo4jSettings()): number | null {
  const file = localPaths(settings).pid;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
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
  const paths = localPaths(settings);
  const where = relative(PROJECT_ROOT, paths.data).startsWith('..') ? paths.data : relative(PROJECT_ROOT, paths.data);
  const launcherLog = markLog(paths.log);
  const debugLog = markLog(paths.debugLog);
  if (localPid(settings) === null) {
    requireCommand('java', ['-version'], 'Java 17 runs the local Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to a running Neo4j');
    buildLauncher(say);
    const port = Number(new URL(settings.uri).port);
    if (await portTaken(port)) {
      throw new LocalNeo4jError(
        `port ${port} on 127.0.0.1 is taken by a program that is not this project's Neo4j (or one with another password) — stop it, or set FENGONG_NEO4J_PORT to a free port`,
      );
    }
    mkdirSync(paths.data, { recursive: true });
    const log = openSync(paths.log, 'a');
    say(`starting Neo4j on ${settings.uri} (heap ${settings.heap}, page cache ${settings.pageCacheMb} MiB, transactions up to ${settings.transactionMb} MiB, data in ${where})`);
    const child = spawn(
      'java',
      [
        `-Xmx${settings.heap}`,
        // The heap grows to its bound only when a large load or its recovery needs it.
        `-Xms${Math.min(INITIAL_HEAP_MB, heapMb(settings.heap))}m`,
        '-XX:+UseG1GC',
        // A heap too small for what recovery replays ends the process (and says so) instead of
        // leaving it to collect garbage for minutes with the port closed.
        '-XX:+ExitOnOutOfMemoryError',
        '-cp',
        `${join(LAUNCHER, 'target', 'classes')}:${join(LAUNCHER, 'target', 'lib', '*')}`,
        'fengong.db.Launcher',
        paths.data,
        String(port),
        settings.password,
        String(settings.pageCacheMb),
        String(settings.transactionMb),
      ],
      { detached: true, stdio: ['ignore', log, log] },
    );
    closeSync(log);
    if (child.pid === undefined) throw new LocalNeo4jError('could not start java for the local Neo4j');
    writeFileSync(paths.pid, String(child.pid));
    child.unref();
  }
  const deadline = Date.now() + START_TIMEOUT_MS;
  let toldRecovery = false;
  while (Date.now() < deadline) {
    if (await answers(settings)) return 'started';
    if (localPid(settings) === null) {
      const cause = startFailureCause(readSince(launcherLog), readSince(debugLog)) ?? `no cause in the logs — see ${paths.log}`;
      throw new LocalNeo4jError(`the local Neo4j (${where}) could not start: ${cause}`);
    }
    if (!toldRecovery && isRecovering(readSince(debugLog))) {
      toldRecovery = true;
      say('Neo4j is recovering its store after an unclean stop');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const cause = startFailureCause(readSince(launcherLog), readSince(debugLog));
  throw new LocalNeo4jError(
    `the local Neo4j did not answer on ${settings.uri} within ${START_TIMEOUT_MS / 1000} s${cause ? `: ${cause}` : ''} — see ${paths.debugLog}`,
  );
}

/** Whether something already listens on the port, so the launcher could not bind it. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/** Stops the local Neo4j: SIGTERM, then SIGKILL if it has not exited after 60 s. */
export async function stopLocalNeo4j(settings: Neo4jSettings = neo4jSettings()): Promise<'stopped' | 'not-running'> {
  const pidFile = localPaths(settings).pid;
  const pid = localPid(settings);
  if (pid === null) {
    rmSync(pidFile, { force: true });
    return 'not-running';
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && localPid(settings) !== null) await new Promise((r) => setTimeout(r, 200));
  if (localPid(settings) !== null) process.kill(pid, 'SIGKILL');
  while (localPid(settings) !== null) await new Promise((r) => setTimeout(r, 100));
  rmSync(pidFile, { force: true });
  return 'stopped';
}

/** Kills the local Neo4j at once, as a crash would. For tests of what a crash leaves behind. */
export async function killLocalNeo4j(settings: Neo4jSettings = neo4jSettings()): Promise<void> {
  const pid = localPid(settings);
  if (pid === null) throw new DatabaseError('cannot-connect', 'the local Neo4j is not running');
  process.kill(pid, 'SIGKILL');
  while (localPid(settings) !== null) await new Promise((r) => setTimeout(r, 50));
}

function buildLauncher(say: (line: string) => void): void {
  const built = existsSync(LAUNCHER_CLASS) && existsSync(join(LAUNCHER, 'target', 'lib'));
  // A launcher changed since it was built is built again: its arguments may have changed.
  if (built && statSync(LAUNCHER_CLASS).mtimeMs >= statSync(LAUNCHER_SOURCE).mtimeMs) return;
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
