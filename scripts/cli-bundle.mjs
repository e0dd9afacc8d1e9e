/**
 * The command-line programs as bundled JavaScript, so that a command starts without
 * compiling TypeScript: each entry is built by esbuild into dist/cli/<name>/<name>.mjs, the
 * modules it imports lazily (the Word, Excel and PDF readers) as chunks beside it; the entries
 * of SCRIPT_ENTRIES instead as one classic script that starts from V8's code cache
 * (cached-script.mjs). A manifest lists every file the bundle was built from with its
 * modification time and size; when one of them differs, the bundle is built again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { checkScript, sourceTextPlugin, zodEnglishOnlyPlugin } from './cli-bundle-plugins.mjs';

/** npm script name → its entry. */
export const ENTRIES = Object.freeze({
  parse: 'ingest/cli/parse.ts',
  ingest: 'ingest/cli/ingest.ts',
  compare: 'ingest/cli/compare.ts',
  export: 'web/tools/export.ts',
  'export-html': 'web/tools/export-html.ts',
  'db-start': 'db/cli/db-start.ts',
  'db-stop': 'db/cli/db-stop.ts',
  start: 'web/server/start.ts',
  screenshots: 'web/tools/screenshots.ts',
  'bench-parse': 'ingest/bench/parse-bench.ts',
  'bench-metrics': 'ingest/bench/metrics-bench.ts',
  'bench-load': 'ingest/bench/load-bench.ts',
  'bench-compare': 'ingest/bench/compare-bench.ts',
  'bench-faults': 'web/tools/fault-bench.ts',
  'bench-layout': 'web/tools/layout-bench.ts',
  'bench-export': 'web/tools/export-bench.ts',
  'bench-serve': 'web/tools/serve-bench.ts',
});

/**
 * Commands built as one classic script (CommonJS) and run through vm.Script with V8's code
 * cache: Node 20 keeps no compiled code for ES modules, and compiling the bundle and its
 * functions again was about a tenth of a parse's CPU. Such an entry may not await at its top level.
 */
export const SCRIPT_ENTRIES = Object.freeze(['parse']);

/**
 * Packages left as imports from node_modules: those that find files of their own beside
 * their code (pdf.js its worker, playwright its driver, vite and esbuild their binaries) and
 * the large readers and writers loaded only when a file needs them. Every other package is
 * bundled: resolving and loading zod's or neo4j-driver's hundred small modules one by one
 * cost more than running the command.
 */
const EXTERNAL = ['pdfjs-dist', 'playwright-core', 'vite', 'esbuild', 'exceljs', 'mammoth', 'jszip', 'pptxgenjs'];
/** CommonJS code bundled into ES modules still calls require() for Node's own modules. */
const REQUIRE_SHIM = "import { createRequire as __fengongRequire } from 'node:module'; const require = __fengongRequire(import.meta.url);";

/**
 * Files besides the sources whose change calls for a new bundle; npm rewrites the last one
 * whenever it installs, so the bundled packages are not each looked at.
 */
const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'scripts/cli-bundle.mjs', 'scripts/cli-bundle-plugins.mjs', 'scripts/cached-script.mjs', 'node_modules/.package-lock.json'];
/** Chunks of an older build are removed once a process that loaded it can no longer need them. */
const OLD_CHUNK_AGE_MS = 10 * 60 * 1000;

export function bundleFolder(root, name) {
  return join(root, 'dist', 'cli', name);
}

export function bundleFile(root, name) {
  return join(bundleFolder(root, name), `${name}.mjs`);
}

/**
 * The file to run for a command: its classic script (`script: true`) or its ES module, or
 * null when it was never built. Whether it is fresh is isFresh's question.
 */
export function builtFile(root, name) {
  const manifest = readManifest(root, name);
  if (!manifest) return null;
  return manifest.script ? { file: join(bundleFolder(root, name), manifest.script), script: true } : { file: bundleFile(root, name), script: false };
}

/** True when the bundle exists and no file it was built from has changed since. */
export function isFresh(root, name) {
  const manifest = readManifest(root, name);
  if (!manifest) return false;
  for (const [file, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    if (!info || info.mtimeMs !== mtimeMs || info.size !== size) return false;
  }
  return true;
}

function readManifest(root, name) {
  try {
    return JSON.parse(readFileSync(join(bundleFolder(root, name), 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** Writes a file by renaming a finished temporary one over it, so a reader never sees half. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * Builds one entry; `entry` defaults to ENTRIES[name], `asScript` to its place in
 * SCRIPT_ENTRIES. Throws esbuild's message on a source error.
 */
export async function buildCli(root, name, entry = ENTRIES[name], asScript = SCRIPT_ENTRIES.includes(name)) {
  const [{ build }, { createHash }] = await Promise.all([import('esbuild'), import('node:crypto')]);
  const outdir = bundleFolder(root, name);
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    ...(asScript ? { format: 'cjs', outExtension: { '.js': '.cjs' } } : { format: 'esm', splitting: true, banner: { js: REQUIRE_SHIM }, outExtension: { '.js': '.mjs' } }),
    platform: 'node',
    target: 'node20',
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [sourceTextPlugin(outdir, EXTERNAL, asScript), zodEnglishOnlyPlugin()],
  });
  if (asScript) checkScript(name, result);
  mkdirSync(outdir, { recursive: true });
  const entryFile = bundleFile(root, name);
  let script;
  if (asScript) {
    // Named after its content: the code cache kept beside it (V8 checks only the length of the source) cannot outlive it.
    const [output] = result.outputFiles;
    script = `${name}-${createHash('sha256').update(output.contents).digest('hex').slice(0, 16)}.cjs`;
    writeAtomically(join(outdir, script), output.contents);
  } else {
    // Chunks first, the entry that imports them after, the manifest that declares them fresh last.
    const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === entryFile) - Number(b.path === entryFile));
    for (const output of outputs) writeAtomically(output.path, output.contents);
  }
  const inputs = {};
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  for (const file of [...sources, ...BUILD_INPUTS]) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    // A file saved while esbuild was reading may not be in the bundle: recorded as never seen.
    if (info) inputs[file.split(sep).join('/')] = [info.mtimeMs >= started ? -1 : info.mtimeMs, info.size];
  }
  // What each output holds, for `esbuild --analyze`-style questions (npx esbuild --analyze reads it).
  writeAtomically(join(outdir, 'metafile.json'), JSON.stringify(result.metafile));
  writeAtomically(join(outdir, 'manifest.json'), JSON.stringify({ entry, ...(script ? { script } : {}), inputs }, null, 1));
  removeOldChunks(outdir, new Set(asScript ? [join(outdir, script), join(outdir, `${script}.cache`)] : result.outputFiles.map((o) => o.path)));
}

/** Chunks, scripts and code caches of older builds. */
function removeOldChunks(outdir, current) {
  for (const name of readdirSync(outdir)) {
    const file = join(outdir, name);
    if (!/^chunk-|\.cjs(\.cache)?$/.test(name) || current.has(file)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > OLD_CHUNK_AGE_MS) unlinkSync(file);
    } catch {
      // Another build removed it first.
    }
  }
}
