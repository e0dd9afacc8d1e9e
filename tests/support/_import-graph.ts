/**
 * The project's import graph, read with the TypeScript compiler's own pre-processor (so that
 * type-only imports, dynamic imports and re-exports all count), and the layering rules it
 * must keep. A rule names the folder it governs and what that folder may not import.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Import {
  /** The importing file, relative to the root. */
  from: string;
  /** A project path relative to the root (no extension), or a package / node: name. */
  to: string;
}

export interface LayerRule {
  /** Files governed: a path prefix relative to the root. */
  layer: string;
  /** Why the rule exists, for the failure message. */
  because: string;
  /** Whether an import is forbidden for that layer. */
  forbids: (to: string, from: string) => boolean;
}

const under = (...prefixes: string[]) => (to: string) => prefixes.some((p) => to === p || to.startsWith(`${p}/`));

export const RULES: LayerRule[] = [
  { layer: 'ingest/model', because: 'the model is plain schemas', forbids: (to) => !under('ingest/model')(to) && to !== 'zod' },
  {
    layer: 'ingest/parse',
    because: 'the parser is pure: no I/O, nothing above it',
    forbids: (to) => under('ingest/read', 'ingest/load', 'ingest/cli', 'ingest/report', 'db', 'web', 'cypher', 'tests')(to) || to.startsWith('node:') || to === 'neo4j-driver',
  },
  {
    layer: 'ingest/read',
    because: 'the readers run in the browser too; only read-plan-file.ts touches the file system',
    forbids: (to, from) =>
      under('ingest/load', 'ingest/cli', 'ingest/report', 'db', 'web', 'cypher', 'tests')(to) || (to.startsWith('node:') && from !== 'ingest/read/read-plan-file.ts'),
  },
  { layer: 'ingest/metrics', because: 'metrics are pure functions of a plan', forbids: (to) => !under('ingest/metrics', 'ingest/model')(to) && to !== 'zod' && !to.startsWith('graphology') },
  { layer: 'ingest/load', because: 'the loader sits below the command line and the app', forbids: (to) => under('ingest/cli', 'web', 'tests')(to) },
  { layer: 'db', because: 'the database layer is the bottom of the house', forbids: (to) => under('ingest', 'web', 'cypher', 'tests')(to) },
  {
    layer: 'web/src',
    because: 'the browser never holds the database, the server or Node',
    // The methods page quotes the queries' header comments as text (`?raw`); it runs none.
    forbids: (to) =>
      under('web/server', 'web/tools', 'db', 'ingest/load', 'ingest/cli', 'cli', 'tests')(to) ||
      (under('cypher')(to) && !to.endsWith('.cypher')) ||
      to.startsWith('node:') ||
      to === 'neo4j-driver',
  },
  { layer: 'web/server', because: 'the server imports no command line and no browser code', forbids: (to) => under('ingest/cli', 'web/tools', 'web/src', 'tests')(to) },
  { layer: 'web/shared', because: 'what server and browser share is plain schemas', forbids: (to) => to !== 'zod' && !under('web/shared')(to) },
  { layer: 'common', because: 'what every layer shares is plain functions over zod', forbids: (to) => to !== 'zod' && !under('common')(to) },
  { layer: 'cli', because: 'the command shell is below every command', forbids: (to) => under('ingest', 'db', 'web', 'cypher', 'tests')(to) },
  { layer: 'web/tools', because: 'product tools never depend on test helpers', forbids: (to) => under('tests')(to) },
  { layer: 'ingest', because: 'product code never depends on test helpers', forbids: (to) => under('tests', 'web')(to) },
  { layer: 'cypher', because: 'queries are below the server', forbids: (to) => under('web', 'ingest/cli', 'tests')(to) },
];

const SOURCE = /\.(ts|tsx)$/;
const PRODUCT_FOLDERS = ['cli', 'common', 'ingest', 'db', 'web', 'cypher'];

export function sourceFiles(folders: readonly string[] = PRODUCT_FOLDERS): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'target' || name.startsWith('.')) continue;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

/** The imports of one file's source text, as project paths or package names. */
export function importsOf(file: string, text: string): Import[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return { from: file, to: fileName.replace(/\?.*$/, '') };
    const target = relative(ROOT, resolve(ROOT, dirname(file), fileName.replace(/\?.*$/, '')));
    return { from: file, to: target.replace(/\.(ts|tsx|js|json)$/, '') };
  });
}

export function importGraph(files: readonly string[] = sourceFiles()): Import[] {
  return files.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));
}

/** Every import that breaks a rule, as `from → to (rule)`. */
export function violations(graph: readonly Import[], rules: readonly LayerRule[] = RULES): string[] {
  const found: string[] = [];
  for (const { from, to } of graph) {
    for (const rule of rules) {
      if ((from === rule.layer || from.startsWith(`${rule.layer}/`)) && rule.forbids(to, from)) found.push(`${from} → ${to} (${rule.layer}: ${rule.because})`);
    }
  }
  return found;
}
