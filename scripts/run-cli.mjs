/**
 * `node scripts/run-cli.mjs <name> [args…]`: runs the bundled command `name` (see ENTRIES in
 * cli-bundle.mjs) with the arguments, building the bundle first when it is missing or a
 * source has changed. What npm scripts call instead of compiling TypeScript on every run.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli, builtFile, ENTRIES, isFresh } from './cli-bundle.mjs';
import { runCachedScript } from './cached-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The command sees its own arguments at process.argv[2…], as it would when run directly.
const [name] = process.argv.splice(2, 1);
if (!name || !Object.hasOwn(ENTRIES, name)) {
  process.stderr.write(`fengong: usage: node scripts/run-cli.mjs <${Object.keys(ENTRIES).join('|')}> [arguments]\n`);
  process.exit(2);
}
if (!isFresh(root, name)) {
  try {
    await buildCli(root, name);
  } catch (error) {
    const problems = (error.errors ?? []).map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text));
    process.stderr.write(`fengong: cannot build the ${name} command: ${problems.length ? problems.join('\n') : error.message}\n`);
    process.exit(1);
  }
}
const built = builtFile(root, name);
if (built.script) runCachedScript(built.file);
else await import(pathToFileURL(built.file).href);
