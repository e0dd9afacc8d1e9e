/** `npm run ingest` as a user runs it: progress per file, and one-line errors without a trace. */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { documentFacts, driver, removeDocuments, smallPlan } from '../support/_database';

const run = promisify(execFile);
const ingest = (...args: string[]) =>
  run('npx', ['tsx', 'ingest/cli/ingest.ts', ...args], { encoding: 'utf8', env: process.env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const folder = mkdtempSync(join(tmpdir(), 'fengong-ingest-'));

afterAll(async () => {
  const d = driver();
  await removeDocuments(d, 'it-cli');
  await d.close();
});

describe('npm run ingest', () => {
  it('loads a folder with a progress line per plan and goes on past a bad one', async () => {
    mkdirSync(join(folder, 'plans'));
    writeFileSync(join(folder, 'plans', 'it-cli-a.txt'), '1.建设梅龙高铁。\n部门分工:省发展改革委牵头,省财政厅配合。\n');
    writeFileSync(join(folder, 'plans', 'it-cli-b.txt'), new Uint8Array([0xb2, 0xbf, 0xc3, 0xc5]));
    writeFileSync(join(folder, 'plans', 'it-cli-c.txt'), '1.推进工作。\n部门分工:省商务厅牵头。\n');
    const { code, stdout, stderr } = await ingest(join(folder, 'plans'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/\[1\/3\] .*it-cli-a\.txt: loaded — 1 tasks, 1 lead and 1 support assignments/);
    expect(stdout).toMatch(/\[3\/3\] .*it-cli-c\.txt: loaded/);
    // Two GBK characters decode (部门) but hold no task: refused, with the reason.
    expect(stderr).toMatch(/\[2\/3\] .*it-cli-b\.txt: not loaded — .*no task could be read/);
    expect(stderr).toMatch(/fengong: 1 of 3 plan\(s\) not loaded/);
    expect(stderr).not.toMatch(/\bat \S+ \(/);
    const d = driver();
    expect(await documentFacts(d, 'it-cli-b')).toBe(0);
    expect(await documentFacts(d, 'it-cli-c')).toBeGreaterThan(0);
    await d.close();
  });

  it('refuses a parsed-plan JSON that fails validation and loads none of it', async () => {
    const plan = smallPlan('it-cli-json') as unknown as { tasks: Array<Record<string, unknown>> };
    plan.tasks[0]!.leads = '省财政厅';
    const file = join(folder, 'it-cli-json.json');
    writeFileSync(file, JSON.stringify(plan));
    const { code, stderr } = await ingest(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/it-cli-json\.json: fails validation at tasks\.0\.leads: .* nothing of it was loaded/);
    const d = driver();
    expect(await documentFacts(d, 'it-cli-json')).toBe(0);
    await d.close();
  });

  it('refuses a parsed-plan JSON whose id reaches into another document, and leaves that document as it was', async () => {
    const victim = join(folder, 'it-cli-victim.json');
    writeFileSync(victim, JSON.stringify(smallPlan('it-cli-victim')));
    expect((await ingest(victim)).code).toBe(0);
    const d = driver();
    const before = await documentFacts(d, 'it-cli-victim');
    const crafted = smallPlan('it-cli-victim', '部门分工:省商务厅牵头。');
    const file = join(folder, 'it-cli-crafted.json');
    writeFileSync(file, JSON.stringify({ ...crafted, document: { ...crafted.document, id: 'it-cli-victim/unit/省财政厅' } }));
    const { code, stderr } = await ingest(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/it-cli-crafted\.json: not loaded — .*it-cli-crafted\.json: fails validation at document\.id: a document id is letters and digits joined by single hyphens/);
    expect(await documentFacts(d, 'it-cli-victim')).toBe(before);
    expect((await ingest(victim)).stdout).toMatch(/it-cli-victim\.json: unchanged/);
    await d.close();
  });

  it('refuses a parsed-plan JSON with a dangling reference, naming it', async () => {
    const plan = smallPlan('it-cli-dangling');
    const file = join(folder, 'it-cli-dangling.json');
    writeFileSync(file, JSON.stringify({ ...plan, mentions: [{ ...plan.mentions[0]!, project: '不存在铁路' }] }));
    const { code, stderr } = await ingest(file);
    expect(code).toBe(1);
    expect(stderr).toContain('it-cli-dangling.json: fails validation at mentions.0.project: project "不存在铁路" is not among the plan\'s projects');
    const d = driver();
    expect(await documentFacts(d, 'it-cli-dangling')).toBe(0);
    await d.close();
  });

  it('says what to do when the database cannot be reached', async () => {
    const file = join(folder, 'plans', 'it-cli-a.txt');
    const { code, stderr } = await run('npx', ['tsx', 'ingest/cli/ingest.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('fengong: cannot connect to Neo4j at bolt://127.0.0.1:1 (NEO4J_URI) — check that the server is running and reachable');
  });
});
