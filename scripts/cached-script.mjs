/**
 * Runs a command bundled as a classic script (cli-bundle.mjs, SCRIPT_ENTRIES) the way Node
 * runs a CommonJS file, but compiled through vm.Script with V8's code cache kept beside it
 * (`<script>.cache`): the functions the last run compiled are read back instead of compiled
 * again. The cache is written when a run ends without a usable one.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** What a bundled script sees besides CommonJS's five names (cli-bundle.mjs, sourceTextPlugin). */
const WRAPPER = '(function (exports, require, module, __filename, __dirname, __fengongImport, __fengongUrl) {';

export function runCachedScript(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes it.
  }
  // The wrapper shares the script's first line, so line numbers in stack traces stay the bundle's.
  const script = new Script(`${WRAPPER}${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  // A cache from another Node version is rejected by V8, and then replaced.
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => saveCache(script, cacheFile));
  const module = { exports: {} };
  const load = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), load, pathToFileURL(file).href);
}

/** After the run, so that the functions it compiled are in the cache; renamed into place whole. */
function saveCache(script, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // A folder we may not write to only costs the next run its cache.
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
  }
}
