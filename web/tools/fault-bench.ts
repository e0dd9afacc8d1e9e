/**
 * `npm run bench:faults [-- --plans 100 --kills 10 --big-mb 10 --big-kills 10 --burst-seconds 5]`: replays
 * the hostile probes and prints figures. Starts a Neo4j of its own (FENGONG_NEO4J_HOME and
 * FENGONG_NEO4J_PORT when set, else a temporary folder and a free loopback port) because it
 * kills it: kill -9 in the middle of loading a folder of plans, in the middle of replacing
 * the largest supported plan and right after that replacement commits; each time restart with
 * the default settings, as `npm run db:start` does, and check that every document is whole
 * or absent. Then bursts on the plan endpoint and refused requests, on loopback only.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { killLocalNeo4j, localPid, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import type { ParsedPlan } from '../../ingest/model';
import { createAppServer } from '../server/app-server';
import { burst, cjk, get, hostilePlans, refusedRequests } from './fault-probes';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const PLANS = flag('plans', 100);
const KILLS = flag('kills', 10);
// The largest plan supported (ingest/load/plan-size.ts); 0 leaves it out.
const BIG_MB = flag('big-mb', 10);
// Kills on the largest plan: all but the last in the middle of a replacement, the last right
// after a replacement commits.
const BIG_KILLS = Math.max(1, flag('big-kills', 10));
const BURST_SECONDS = flag('burst-seconds', 5);
const CONNECTIONS = flag('connections', 100);

const seedText = readFileSync(fileURLToPath(new URL('../../seeds/guangdong-2022-task-division.txt', import.meta.url)), 'utf8');
/** A random source of its own (mulberry32), seeded, so two runs kill at the same places. */
let state = 20220101;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}

function plan(id: string, text: string): ParsedPlan {
  return parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: createHashOf(id), text });
}
const createHashOf = (id: string) => Buffer.from(id).toString('hex').padEnd(64, '0').slice(0, 64);
/** The seed with its task blocks rotated, so no two plans of the folder are alike. */
function folderPlan(i: number): ParsedPlan {
  const lines = seedText.split('\n');
  const body = lines.slice(10);
  const shift = (i * 37) % body.length;
  return plan(`faults-${String(i).padStart(3, '0')}`, [...lines.slice(0, 10), ...body.slice(shift), ...body.slice(0, shift)].join('\n'));
}
const retitled = (p: ParsedPlan, round: number): ParsedPlan => ({ ...p, document: { ...p.document, title: `${p.document.title ?? ''} (round ${round})` } });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Nodes and relationships of each document: whole (as first loaded), absent (0), or broken. */
async function census(driver: Driver, ids: readonly string[]): Promise<Map<string, string>> {
  const result = await driver.executeQuery(
    `UNWIND $ids AS id
     CALL (id) {
       CALL (id) {
         MATCH (n:Document {id: id}) RETURN n
         UNION MATCH (n:Section {document: id}) RETURN n
         UNION MATCH (n:Task {document: id}) RETURN n
         UNION MATCH (n:Unit {document: id}) RETURN n
         UNION MATCH (n:Project {document: id}) RETURN n
         UNION MATCH (n:Finding {document: id}) RETURN n
       }
       RETURN count(n) AS nodes, sum(COUNT { (n)-[]->() }) AS relationships
     }
     RETURN id, nodes, relationships`,
    { ids },
  );
  return new Map(result.records.map((r) => [r.get('id') as string, `${r.get('nodes')}/${r.get('relationships')}`]));
}

/** The largest resident set the database process has had so far, MiB (Linux), as text. */
function peakRss(): string {
  const pid = localPid(settings);
  const status = pid === null ? '' : (() => { try { return readFileSync(`/proc/${pid}/status`, 'utf8'); } catch { return ''; } })();
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kb === undefined ? 'peak RSS n/a' : `peak RSS ${Math.round(Number(kb) / 1024)} MiB`;
}

// A folder given is the caller's: the database in it is stopped at the end, not removed.
const givenHome = process.env.FENGONG_NEO4J_HOME;
if (givenHome !== undefined && existsSync(join(givenHome, 'neo4j'))) {
  console.error(`${givenHome} already holds a database: give FENGONG_NEO4J_HOME a new folder (the benchmark kills the database in it)`);
  process.exit(2);
}
const home = givenHome ?? mkdtempSync(join(tmpdir(), 'fengong-faults-'));
const env = { ...process.env, NEO4J_URI: undefined, FENGONG_NEO4J_HOME: home, FENGONG_NEO4J_PORT: process.env.FENGONG_NEO4J_PORT ?? String(await freePort()) };
const settings = neo4jSettings(env);
const benchStarted = performance.now();
try {
  console.log(`hostile parsed plans (refused before anything is computed or written):`);
  const seed = plan('faults-seed', seedText);
  for (const h of hostilePlans(seed)) console.log(`  ${h.refused ? 'refused ' : 'ACCEPTED'} ${h.probe} — ${h.message}`);

  // A program that holds the port and never answers: the probe's connection to it stays open
  // until it is closed here, else it would keep this process alive after the last figure.
  const held: Socket[] = [];
  const holder = createServer((socket) => void held.push(socket));
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const takenHome = mkdtempSync(join(tmpdir(), 'fengong-faults-taken-'));
  const taken = neo4jSettings({ ...env, FENGONG_NEO4J_HOME: takenHome, FENGONG_NEO4J_PORT: String((holder.address() as { port: number }).port) });
  let t0 = performance.now();
  const refusal = await startLocalNeo4j(taken).then(() => 'started?!', (error: Error) => error.message);
  console.log(`
db:start on a port another program holds: reported in ${((performance.now() - t0) / 1000).toFixed(1)} s — ${refusal}`);
  holder.close();
  for (const socket of held) socket.destroy();
  rmSync(takenHome, { recursive: true, force: true });

  t0 = performance.now();
  await startLocalNeo4j(settings);
  console.log(
    `\nNeo4j of its own on ${settings.uri} (default heap ${settings.heap}, transactions ${settings.transactionMb} MiB, page cache ${settings.pageCacheMb} MiB), first start ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  let driver = openDriver(settings);
  await applySchema(driver, settings);
  const plans = Array.from({ length: PLANS }, (_, i) => folderPlan(i + 1));
  t0 = performance.now();
  for (const p of plans) await loadPlan(driver, settings, p);
  console.log(`folder of ${PLANS} plans loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ids = plans.map((p) => p.document.id);
  const whole = await census(driver, ids);

  const restarts: number[] = [];
  let broken = 0;
  let absent = 0;
  let recoveriesReported = 0;
  /** Restarts as `npm run db:start` does, keeping what it says; checks every document. */
  const restartAndCheck = async (): Promise<string> => {
    await driver.close();
    const said: string[] = [];
    const started = performance.now();
    await startLocalNeo4j(settings, (line) => said.push(line));
    restarts.push((performance.now() - started) / 1000);
    if (said.some((line) => /recovering/.test(line))) recoveriesReported += 1;
    const memory = peakRss();
    driver = openDriver(settings);
    for (const [id, counts] of await census(driver, ids)) {
      if (counts === '0/0') absent += 1;
      else if (counts !== whole.get(id)) broken += 1;
    }
    return `restart ${restarts.at(-1)!.toFixed(1)} s${said.some((line) => /recovering/.test(line)) ? ' (recovery reported)' : ''}, ${memory}`;
  };
  const killAndCheck = async (load: (afterStatement: (i: number, total: number) => Promise<void>) => Promise<void>, at: number): Promise<string> => {
    let killedAfter = '';
    // A plan has the delete, the document, one statement per task batch and the figures: the
    // kill falls after statement `at`, or after the last one (before the commit) when it has fewer.
    await load(async (i, total) => {
      if (i === Math.min(at, total - 1) && killedAfter === '') {
        killedAfter = `after load statement ${i + 1} of ${total}`;
        await killLocalNeo4j(settings);
      }
    }).catch(() => undefined);
    return `${killedAfter}; ${await restartAndCheck()}`;
  };

  console.log(`\n${KILLS} kill -9 while the folder is being loaded again (each plan changed, so each is replaced):`);
  for (let round = 1; round <= KILLS; round++) {
    const victim = Math.floor(random() * Math.min(PLANS, 30));
    const statement = Math.floor(random() * 9);
    const restart = await killAndCheck(async (afterStatement) => {
      for (const [i, p] of plans.entries()) await loadPlan(driver, settings, retitled(p, round), { afterStatement: i === victim ? afterStatement : undefined });
    }, statement);
    console.log(`  kill ${round}: plan ${victim + 1}, ${restart}`);
  }
  if (KILLS > 0) console.log(`  documents broken after the kills: ${broken}; absent: ${absent} (of ${PLANS} × ${KILLS} checks); restarts ${Math.min(...restarts).toFixed(1)}–${Math.max(...restarts).toFixed(1)} s`);

  if (BIG_MB > 0) {
    const copies = Math.max(1, Math.round((BIG_MB * 1024 * 1024) / Buffer.byteLength(seedText)));
    const big = plan('faults-big', Array.from({ length: copies }, () => seedText).join('\n'));
    t0 = performance.now();
    await loadPlan(driver, settings, big);
    console.log(`\nlarge plan: ${BIG_MB} MB, ${big.tasks.length} tasks, ${big.assignments.length} assignments, loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${peakRss()}`);
    ids.push('faults-big');
    whole.set('faults-big', (await census(driver, ['faults-big'])).get('faults-big')!);
    const before = { broken, absent };
    let restart = '';
    for (let round = 1; round < BIG_KILLS; round++) {
      // The delete, the document and its task batches: the kill falls after one of them.
      const statement = Math.floor(random() * 6);
      restart = await killAndCheck((afterStatement) => loadPlan(driver, settings, retitled(big, 100 + round), { afterStatement }).then(() => undefined), statement);
      console.log(`  kill ${round} during its replacement, ${restart}`);
    }
    // The hardest restart: the replacement committed just before the kill, so recovery
    // replays the whole transaction (the old version deleted, the new one written).
    t0 = performance.now();
    const replaced = await loadPlan(driver, settings, retitled(big, 2));
    console.log(`  replaced (${replaced.status}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${peakRss()}`);
    await killLocalNeo4j(settings);
    restart = await restartAndCheck();
    const title = (await driver.executeQuery('MATCH (d:Document {id: "faults-big"}) RETURN d.title AS title', {})).records[0]?.get('title');
    console.log(`  kill ${BIG_KILLS} right after that commit: ${restart}; the replacement ${title === retitled(big, 2).document.title ? 'survived' : 'WAS LOST'}`);
    console.log(`  broken documents: ${broken - before.broken}; absent: ${absent - before.absent}`);
  }
  console.log(
    // A restart that fails ends the benchmark with its cause, so every one counted succeeded.
    `\n${restarts.length} kills, ${restarts.length} restarts with the default settings, all answered; recovery reported by db:start ${recoveriesReported} times; documents broken ${broken}, absent ${absent}; ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min so far`,
  );

  const staticDir = mkdtempSync(join(tmpdir(), 'fengong-faults-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fengong</title>');
  const server = createAppServer({ driver, settings, staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  console.log(`\nrequests that must be refused:`);
  for (const r of await refusedRequests(port, ids[0]!)) console.log(`  ${r.status} ${r.probe}`);
  const plansBurst = await burst(port, `/api/plan/${ids[0]}`, CONNECTIONS, BURST_SECONDS);
  console.log(`\nburst: ${CONNECTIONS} connections for ${BURST_SECONDS} s on /api/plan — ${plansBurst.requests} answers ${JSON.stringify(plansBurst.statuses)}, ${plansBurst.distinctBodies} distinct body; p50 ${plansBurst.p50.toFixed(0)} ms, p95 ${plansBurst.p95.toFixed(0)} ms, max ${plansBurst.max.toFixed(0)} ms`);
  await get(port, `/api/glyphs?text=${encodeURIComponent('分工')}`);
  const heavy = Promise.all(Array.from({ length: 4 }, (_, i) => get(port, `/api/glyphs?text=${encodeURIComponent(cjk(0x7000 + i * 1000, 1000))}`)));
  // Small requests the server answers from memory: how long each waits is how long the big ones block it.
  const light: number[] = [];
  for (let i = 0; i < 20; i++) light.push((await get(port, `/api/glyphs?text=${encodeURIComponent('分工')}`)).milliseconds);
  const heavyAnswers = await heavy;
  console.log(`glyphs: 4 requests of 1,000 uncached characters, slowest ${Math.max(...heavyAnswers.map((a) => a.milliseconds)).toFixed(0)} ms; 20 small requests meanwhile, slowest ${Math.max(...light).toFixed(0)} ms`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await driver.close();
} finally {
  await stopLocalNeo4j(settings);
  if (givenHome === undefined) rmSync(home, { recursive: true, force: true });
}
