/** `npm run parse` as a user runs it: JSON on stdout, a report, and one-line errors. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ParsedPlan } from '../../ingest/model';
import { SEED_FILE } from '../support/_plans';

const run = promisify(execFile);
const parse = (...args: string[]) =>
  run('npx', ['tsx', 'ingest/cli/parse.ts', ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const scratch = mkdtempSync(join(tmpdir(), 'fengong-cli-'));

describe('npm run parse', () => {
  it('prints the parsed plan as JSON that the schema accepts', async () => {
    const { code, stdout } = await parse(SEED_FILE);
    expect(code).toBe(0);
    const plan = ParsedPlan.parse(JSON.parse(stdout));
    expect(plan.tasks).toHaveLength(123);
    expect(plan.tasks[3]).toMatchObject({ number: 13, numberInferred: true, section: 2, leads: ['省发展改革委', '省交通运输厅'] });
  });

  it('prints a human summary with --report', async () => {
    const { code, stdout } = await parse(SEED_FILE, '--report');
    expect(code).toBe(0);
    expect(stdout).toContain('tasks      123 numbered 10–132 (10 numbers written, 113 inferred)');
    expect(stdout).toContain('divisions  89 — 112 lead and 576 support assignments');
    expect(stdout).toMatch(/task-without-division: line 63: task 22 has no division/);
  });

  it.each([
    ['a missing file', () => join(scratch, 'none.txt'), /none\.txt: no such file/],
    ['a folder', () => scratch, /is a folder, not a plan file/],
    ['a binary file', () => writeBytes('x.txt', [0x41, 0x42, 0x43, 0x44, 0x00]), /x\.txt: byte 4 is NUL/],
    ['a damaged Word or Excel file', () => writeBytes('y.docx', [0x50, 0x4b, 0x03, 0x04, 0x00]), /y\.docx: the file starts like a zip .* damaged/],
    [
      'a text with no task in it',
      () => writeText('notice.txt', '关于做好工作的通知\n一、总体要求\n各单位要高度重视。\n'),
      /notice\.txt: no task could be read — its 3 paragraph\(s\) are 1 section heading\(s\) and prose\. A plan needs tasks/,
    ],
  ])('refuses %s with one line and status 1', async (_what, file, message) => {
    const { code, stdout, stderr } = await parse(file());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('reads an extension dictionary and names a broken one', async () => {
    const plan = writeText('city.txt', '工作措施:推进工作。\n部门分工:市数据局牵头,市财政局配合。\n');
    const extra = writeText('extra.json', JSON.stringify({ stems: [{ stem: '数据局', aliases: [] }, { stem: '财政局', aliases: [] }] }));
    const ok = await parse(plan, '--dictionary', extra, '--report');
    expect(ok.stdout).toContain('0 not in the dictionaries');
    const broken = writeText('broken.json', JSON.stringify({ units: [{ name: '省数据局', kind: 'ministry' }] }));
    const bad = await parse(plan, '--dictionary', broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.json: units\.0\.kind: /);
  });
});

function writeBytes(name: string, bytes: number[]): string {
  const file = join(scratch, name);
  writeFileSync(file, new Uint8Array(bytes));
  return file;
}

function writeText(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}
