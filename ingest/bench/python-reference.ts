/**
 * Runs betweenness_reference.py (igraph and networkx) on graphs written by a benchmark.
 * The two libraries live in the project's own virtual environment, .venv-bench/, made and
 * filled from requirements.txt with pip the first time it is missing: the product and CI
 * never need them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { StrengthGraph } from './co-ownership-graph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VENV = join(ROOT, '.venv-bench');
const PYTHON = join(VENV, 'bin', 'python');
const SCRIPT = fileURLToPath(new URL('./betweenness_reference.py', import.meta.url));
const REQUIREMENTS = fileURLToPath(new URL('./requirements.txt', import.meta.url));

const Values = z.object({ values: z.array(z.number()) });
const Timed = Values.extend({ cpu: z.number(), wall: z.number() });
const Kinds = <T extends z.ZodType>(t: T) => z.object({ unweighted: t, weighted: t });
export const Reference = z.object({
  name: z.string(),
  nodes: z.number(),
  edges: z.number(),
  igraph: Kinds(Timed),
  networkx: z.union([Kinds(Values.extend({ seconds: z.number() })), z.object({})]),
});
export type Reference = z.infer<typeof Reference>;
const Output = z.object({ versions: z.record(z.string(), z.string()), graphs: z.array(Reference) });

/** The Python of .venv-bench, with igraph and networkx installed (pip, once). */
export function referencePython(log: (line: string) => void): string {
  const ready = () => {
    if (!existsSync(PYTHON)) return false;
    try {
      execFileSync(PYTHON, ['-c', 'import igraph, networkx'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (ready()) return PYTHON;
  log('installing igraph and networkx into .venv-bench/ with pip (first run only)');
  try {
    if (!existsSync(PYTHON)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  } catch (error) {
    throw new Error(`could not set up .venv-bench (needs python3 with venv and pip): ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!ready()) throw new Error('.venv-bench was set up but cannot import igraph and networkx');
  return PYTHON;
}

export interface ReferenceOptions {
  /** igraph runs per graph and kind; the median is reported. */
  readonly repeats: number;
  /** networkx is pure Python: graphs larger than this get no networkx values. */
  readonly networkxMaxNodes: number;
}

/** igraph's times and values, and networkx's values, for each graph. */
export function runReference(python: string, graphs: ReadonlyArray<StrengthGraph & { name: string }>, options: ReferenceOptions) {
  const folder = mkdtempSync(join(tmpdir(), 'fengong-bench-'));
  try {
    const input = join(folder, 'graphs.json');
    writeFileSync(input, JSON.stringify({ graphs }));
    const args = [SCRIPT, input, '--repeats', String(options.repeats), '--skip-networkx-above', String(options.networkxMaxNodes)];
    const stdout = execFileSync(python, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
    return Output.parse(JSON.parse(stdout));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
