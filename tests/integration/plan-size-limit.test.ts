/**
 * The largest plan supported (FENGONG_MAX_PLAN_MB): a plan over it is refused by the loader
 * with a sentence naming its file, its size, the cap and how to raise the cap, before
 * anything is written; a plan at the cap loads. The cap is lowered to just under the seed
 * (1,290 facts), in the call and, as a user sets it, through the environment of `npm run ingest`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { documentFacts, driver, removeDocuments, settings } from '../support/_database';
import { loadPlan } from '../../ingest/load/load-plan';
import { seedPlan } from '../support/_plans';
import type { ParsedPlan } from '../../ingest/model';

const d = driver();
afterAll(async () => {
  await removeDocuments(d, 'it-size');
  await d.close();
});

const seedAs = (id: string): ParsedPlan => ({ ...seedPlan(), document: { ...seedPlan().document, id, sourceFile: `${id}.txt` } });
/** 1,290 facts at 14,100 per MiB: a cap of 0.09 MiB allows 1,269, one of 0.0915 MiB 1,290. */
const UNDER_SEED_MB = 0.09;
const AT_SEED_MB = 0.0915;

describe('a plan larger than the supported maximum', () => {
  it('is refused with its file, its size, the cap and how to raise it, and nothing of it is written', async () => {
    await expect(loadPlan(d, settings, seedAs('it-size-over'), { maxPlanMb: UNDER_SEED_MB })).rejects.toMatchObject({
      code: 'too-large',
      message:
        'it-size-over.txt: too large to load — 123 tasks, 1,290 facts in all (tasks, assignments, mentions, findings, units, projects, sections; ' +
        'about 0.091 MiB of plan text); the largest plan loaded is 0.090 MiB, 1,269 facts (FENGONG_MAX_PLAN_MB). Nothing was written. ' +
        'To load it, raise FENGONG_MAX_PLAN_MB together with FENGONG_NEO4J_HEAP and FENGONG_NEO4J_TRANSACTION_MB (README, "Large plans"), ' +
        'then restart the database (`npm run db:stop`, `npm run db:start`)',
    });
    expect(await documentFacts(d, 'it-size-over')).toBe(0);
  });

  it('loads a plan exactly at the cap', async () => {
    const result = await loadPlan(d, settings, seedAs('it-size-at'), { maxPlanMb: AT_SEED_MB });
    expect(result.status).toBe('loaded');
    expect(result.counts.tasks).toBe(123);
  });

  it('is refused by `npm run ingest` under FENGONG_MAX_PLAN_MB, which goes on to the next plan', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fengong-size-'));
    // A parsed plan as JSON: the loader, not the file reader, is the one that measures it.
    writeFileSync(join(folder, 'it-size-cli.json'), JSON.stringify(seedAs('it-size-cli')));
    writeFileSync(join(folder, 'it-size-small.txt'), '1.建设梅龙高铁。\n部门分工:省发展改革委牵头,省财政厅配合。\n');
    const files = [join(folder, 'it-size-cli.json'), join(folder, 'it-size-small.txt')];
    const outcome = await promisify(execFile)('npx', ['tsx', 'ingest/cli/ingest.ts', ...files], {
      encoding: 'utf8',
      env: { ...process.env, FENGONG_MAX_PLAN_MB: String(UNDER_SEED_MB) },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/it-size-cli\.json: not loaded — it-size-cli\.txt: too large to load — 123 tasks, 1,290 facts in all .*the largest plan loaded is 0\.090 MiB, 1,269 facts \(FENGONG_MAX_PLAN_MB\)\. Nothing was written\./);
    expect(outcome.stderr).not.toMatch(/\bat \S+ \(/);
    expect(outcome.stdout).toMatch(/it-size-small\.txt: loaded — 1 tasks/);
    expect(await documentFacts(d, 'it-size-cli')).toBe(0);
    expect(await documentFacts(d, 'it-size-small')).toBeGreaterThan(0);
  });
});
