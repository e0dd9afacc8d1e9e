/**
 * The command-line programs as bundled JavaScript, so that a command starts without
 * compiling TypeScript: each entry is built by esbuild into dist/cli/<name>/<name>.mjs, the
 * modules it imports lazily (the Word, Excel and PDF readers) as chunks beside it. A manifest
 * lists every file the bundle was built from with its modification time and size; when one
 * of them differs, the bundle is built again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';

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
const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'scripts/cli-bundle.mjs', 'node_modules/.package-lock.json'];
/** Chunks of an older build are removed once a process that loaded it can no longer need them. */
const OLD_CHUNK_AGE_MS = 10 * 60 * 1000;

export function bundleFolder(root, name) {
  return join(root, 'dist', 'cli', name);
}

export function bundleFile(root, name) {
  return join(bundleFolder(root, name), `${name}.mjs`);
}

/** True when the bundle exists and no file it was built from has changed since. */
export function isFresh(root, name) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(bundleFolder(root, name), 'manifest.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const [file, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    if (!info || info.mtimeMs !== mtimeMs || info.size !== size) return false;
  }
  return true;
}

/**
 * `import.meta.url` of a source file, as seen from the bundle: the bundle lives elsewhere,
 * and the sources find files beside them (.cypher queries, the project root) through it.
 */
function sourceUrlPlugin(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromBundle = relative(outdir, args.path).split(sep).join('/');
        const loader = extname(args.path).slice(1).replace(/^[cm]/, '');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader };
      });
    },
  };
}

/**
 * zod re-exports its sixty locales as a namespace (z.locales), which keeps every one of them
 * in a bundle although only English is ever used (zod registers it itself): half of zod's
 * code, compiled at every start of every command. The namespace is built with English only.
 */
function zodEnglishOnlyPlugin() {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.includes(`${sep}node_modules${sep}zod${sep}`)) return undefined;
        return { path: join(dirname(args.importer), '..', 'locales', 'en-only.js'), namespace: 'zod-english-only', pluginData: { en: join(dirname(args.importer), '..', 'locales', 'en.js') } };
      });
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.pluginData.en)};`,
        resolveDir: dirname(args.pluginData.en),
        loader: 'js',
      }));
    },
  };
}

/** Writes a file by renaming a finished temporary one over it, so a reader never sees half. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Builds one entry; `entry` defaults to ENTRIES[name]. Throws esbuild's message on a source error. */
export async function buildCli(root, name, entry = ENTRIES[name]) {
  const { build } = await import('esbuild');
  const outdir = bundleFolder(root, name);
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    banner: { js: REQUIRE_SHIM },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [sourceUrlPlugin(outdir), zodEnglishOnlyPlugin()],
  });
  mkdirSync(outdir, { recursive: true });
  const entryFile = bundleFile(root, name);
  // Chunks first, the entry that imports them after, the manifest that declares them fresh last.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === entryFile) - Number(b.path === entryFile));
  for (const output of outputs) writeAtomically(output.path, output.contents);
  const inputs = {};
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  for (const file of [...sources, ...BUILD_INPUTS]) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    // A file saved while esbuild was reading may not be in the bundle: recorded as never seen.
    if (info) inputs[file.split(sep).join('/')] = [info.mtimeMs >= started ? -1 : info.mtimeMs, info.size];
  }
  // What each output holds, for `esbuild --analyze`-style questions (npx esbuild --analyze reads it).
  writeAtomically(join(outdir, 'metafile.json'), JSON.stringify(result.metafile));
  writeAtomically(join(outdir, 'manifest.json'), JSON.stringify({ entry, inputs }, null, 1));
  removeOldChunks(outdir, new Set(outputs.map((o) => o.path)));
}

function removeOldChunks(outdir, current) {
  for (const name of readdirSync(outdir)) {
    const file = join(outdir, name);
    if (!name.startsWith('chunk-') || current.has(file)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > OLD_CHUNK_AGE_MS) unlinkSync(file);
    } catch {
      // Another build removed it first.
    }
  }
}
