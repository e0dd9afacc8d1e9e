/**
 * The commands as npm runs them: bundled JavaScript started through scripts/run-cli.mjs. The
 * bundled parser prints exactly what the sources print for a text plan, a Word document
 * and a PDF (their readers are loaded lazily, from chunks of the bundle), and a bundle is
 * built again when a file it was built from changes.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { buildCli, bundleFile, isFresh } from '../../scripts/cli-bundle.mjs';
import { SEED_FILE, SEED_TEXT } from '../support/_plans';
import { bundleProject } from '../support/_bundle-project';
import { pdfOfParagraphs } from '../support/_fixtures-pdf';

const run = promisify(execFile);
const launch = (...args: string[]) =>
  run('node', ['scripts/run-cli.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const scratch = mkdtempSync(join(tmpdir(), 'fengong-bundle-'));
const paragraphs = SEED_TEXT.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

async function docxOfSeed(): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })));
}

describe('npm run parse, bundled', () => {
  it.each([
    ['the seed as text', 'seed.txt', async () => new Uint8Array(readFileSync(SEED_FILE))],
    ['the seed as a Word document', 'seed.docx', docxOfSeed],
    ['the seed as a printed PDF', 'seed.pdf', () => pdfOfParagraphs(paragraphs)],
  ] as const)('prints for %s exactly what the sources give', async (_what, name, make) => {
    const bytes = await make();
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await launch('parse', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(JSON.stringify(await readPlanBytes(bytes, file), null, 2) + '\n');
  });

  it('keeps the one-line error of the sources', async () => {
    const { code, stdout, stderr } = await launch('parse', join(scratch, 'none.txt'));
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^fengong: .*none\.txt: no such file\n$/);
  });

  it('names the commands it knows when given another', async () => {
    const { code, stderr } = await launch('pars');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: node scripts\/run-cli\.mjs <parse\|ingest\|.*export.*> \[arguments\]/);
  });
});

describe('rebuilding a bundle', () => {
  // A project of its own: an entry, a module it imports and a file it finds beside its source.
  const { root, write } = bundleProject(
    'fengong-bundle-project-',
    "import { readFileSync } from 'node:fs';\nimport { greeting } from './greeting';\n" +
      "console.log(greeting, readFileSync(new URL('./data.txt', import.meta.url), 'utf8'));\n",
  );
  const runBundle = async () => (await run('node', [bundleFile(root, 'hello')], { encoding: 'utf8' })).stdout;

  it('is fresh after a build, stale after a source changes, and then says the new thing', async () => {
    expect(isFresh(root, 'hello')).toBe(false);
    await buildCli(root, 'hello', 'src/hello.ts');
    expect(isFresh(root, 'hello')).toBe(true);
    expect(await runBundle()).toBe('first beside the source\n');
    write('src/greeting.ts', "export const greeting = 'second one';\n");
    expect(isFresh(root, 'hello')).toBe(false);
    await buildCli(root, 'hello', 'src/hello.ts');
    expect(isFresh(root, 'hello')).toBe(true);
    expect(await runBundle()).toBe('second one beside the source\n');
  });
});
