/**
 * Commands built as one classic script and started from V8's code cache (scripts/cli-bundle.mjs
 * SCRIPT_ENTRIES, scripts/cached-script.mjs): the script finds the files beside its sources and
 * imports an ES module package, the first run leaves a cache that the next runs read as it is,
 * a damaged cache is replaced, and a changed source makes a new script with a cache of its own.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildCli, builtFile, isFresh } from '../../scripts/cli-bundle.mjs';
import { bundleProject } from '../support/_bundle-project';

const run = promisify(execFile);
const runner = resolve('scripts/cached-script.mjs');

// A project of its own: an entry, a module it imports, a file beside its source, and pdf.js
// (an ES module package, left external) imported on demand.
const { root, write } = bundleProject(
  'fengong-script-project-',
  "import { readFileSync } from 'node:fs';\nimport { greeting } from './greeting';\n" +
    "async function main() {\n  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');\n" +
    "  console.log(greeting, readFileSync(new URL('./data.txt', import.meta.url), 'utf8'), typeof pdfjs.getDocument);\n}\nvoid main();\n",
);

async function runScript(): Promise<{ stdout: string; stderr: string; file: string }> {
  const built = builtFile(root, 'hello');
  if (!built?.script) throw new Error('hello was not built as a script');
  const { stdout, stderr } = await run('node', ['--input-type=module', '-e', `import { runCachedScript } from ${JSON.stringify(runner)}; runCachedScript(process.argv[1]);`, built.file], {
    encoding: 'utf8',
    cwd: resolve('.'),
  });
  return { stdout, stderr, file: built.file };
}

describe('a command started from its code cache', () => {
  it('runs as its sources say, leaves a cache, reads it back, replaces a damaged one and starts anew after a change', async () => {
    await buildCli(root, 'hello', 'src/hello.ts', true);
    expect(isFresh(root, 'hello')).toBe(true);

    const first = await runScript();
    expect([first.stdout, first.stderr]).toEqual(['first beside the source function\n', '']);
    const cache = readFileSync(`${first.file}.cache`);
    expect(cache.length).toBeGreaterThan(0);

    // Read back as it is: a cache V8 accepts is not written again.
    expect((await runScript()).stdout).toBe('first beside the source function\n');
    expect(readFileSync(`${first.file}.cache`).equals(cache)).toBe(true);

    writeFileSync(`${first.file}.cache`, Buffer.alloc(cache.length, 7));
    expect((await runScript()).stdout).toBe('first beside the source function\n');
    expect(readFileSync(`${first.file}.cache`).equals(Buffer.alloc(cache.length, 7))).toBe(false);

    // Same length as before, so only the script's name keeps the old cache from being read for it.
    write('src/greeting.ts', "export const greeting = 'other';\n");
    expect(isFresh(root, 'hello')).toBe(false);
    await buildCli(root, 'hello', 'src/hello.ts', true);
    const changed = await runScript();
    expect(changed.file).not.toBe(first.file);
    expect([changed.stdout, changed.stderr]).toEqual(['other beside the source function\n', '']);
    expect(existsSync(`${changed.file}.cache`)).toBe(true);
  });

  it('refuses an entry a classic script cannot run', async () => {
    write('src/top-level-await.ts', "console.log(await Promise.resolve('no'));\n");
    await expect(buildCli(root, 'awaits', 'src/top-level-await.ts', true)).rejects.toThrow(/await/i);
    // A bundled package's own import() of an external one is not rewritten: refused, named.
    mkdirSync(join(root, 'node_modules', 'lazy-zip'), { recursive: true });
    write('node_modules/lazy-zip/package.json', '{"name":"lazy-zip","type":"module","main":"index.js"}');
    write('node_modules/lazy-zip/index.js', "export const zip = () => import('jszip');\n");
    write('src/imports.ts', "import { zip } from 'lazy-zip';\nvoid zip();\n");
    await expect(buildCli(root, 'imports', 'src/imports.ts', true)).rejects.toThrow('imports cannot be a classic script: dynamic-import of jszip');
  });
});
