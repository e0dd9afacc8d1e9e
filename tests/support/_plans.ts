/** Test helpers: the seed parsed once, and tiny plans parsed from inline text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import type { ParsedPlan, Task } from '../../ingest/model';

export const SEED_FILE = fileURLToPath(new URL('../../seeds/guangdong-2022-task-division.txt', import.meta.url));
export const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');

let seed: ParsedPlan | null = null;
export function seedPlan(): ParsedPlan {
  seed ??= parsePlanBytes(readFileSync(SEED_FILE), SEED_FILE);
  return seed;
}

export function parseSnippet(text: string, id = 'snippet'): ParsedPlan {
  return parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: '0'.repeat(64), text });
}

export function taskNumbered(plan: ParsedPlan, number: number): Task {
  const task = plan.tasks.find((t) => t.number === number);
  if (!task) throw new Error(`no task ${number} in ${plan.document.id}`);
  return task;
}
