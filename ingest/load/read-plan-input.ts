/**
 * What the loader accepts: a plan as text (.txt, parsed here) or a parsed plan as JSON
 * (.json, the output of `npm run parse`), which must pass the ParsedPlan schema.
 */
import { readFile } from 'node:fs/promises';
import { ParsedPlan } from '../model';
import { readPlanFile } from '../read/read-plan-file';
import { firstIssue } from '../../common/first-issue';

export class PlanValidationError extends Error {
  override readonly name = 'PlanValidationError';
  readonly code = 'invalid-plan';
  userMessage(): string {
    return this.message;
  }
}

export async function readPlanInput(file: string): Promise<ParsedPlan> {
  if (!file.endsWith('.json')) return readPlanFile(file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as { code?: string }).code) throw error;
    throw new PlanValidationError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validPlan(data, file);
}

/**
 * The plan if it passes the ParsedPlan schema (shapes, document id, references), else the
 * first problem with its place in the plan: `plan.json: fails validation at assignments.3.unit: …`.
 */
export function validPlan(data: unknown, file: string): ParsedPlan {
  const result = ParsedPlan.safeParse(data);
  if (!result.success) {
    const { where, message } = firstIssue(result.error);
    throw new PlanValidationError(
      `${file}: fails validation at ${where}: ${message} — nothing of it was loaded; regenerate it with \`npm run parse\``,
    );
  }
  return result.data;
}
