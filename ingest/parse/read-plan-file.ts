/**
 * The I/O edge of parsing: read a plan file, hash its bytes, decode it and parse it.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ParsedPlan } from '../model';
import { decodePlanText } from './decode-text';
import { parsePlanText, type ParseContext } from './parse-plan';
import { PlanInputError, PlanInputErrorCode } from './plan-input-error';

export function documentIdOf(file: string): string {
  return basename(file, extname(file)).trim();
}

export function parsePlanBytes(bytes: Uint8Array, file: string, context?: ParseContext): ParsedPlan {
  const text = decodePlanText(bytes, file);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const plan = parsePlanText({ id: documentIdOf(file), sourceFile: basename(file), contentHash, text }, context);
  if (plan.tasks.length === 0) throw new PlanInputError(PlanInputErrorCode.noTasks, file, null, noTaskMessage(plan, file));
  return plan;
}

/** Why a document gave no task: what the parser looks for, and what it found instead. */
function noTaskMessage(plan: ParsedPlan, file: string): string {
  const count = (role: string) => plan.paragraphs.filter((p) => p.role === role).length;
  const headings = count('section-heading');
  return (
    `${file}: no task could be read from its ${plan.paragraphs.length} paragraph(s)` +
    (headings > 0 ? ` (${headings} section heading(s), the rest prose)` : ' (all prose)') +
    ' — a plan needs tasks with a division of responsibility: numbered headlines (1. 1、 (1) (一)) or measures (工作措施:)' +
    ' followed by 部门分工:, 牵头单位:/责任单位: lines, or a parenthesis such as (市发改委牵头,市财政局配合). ' +
    'If the plan is a table or a Word, Excel or PDF file, save its text with one task per line.'
  );
}

export async function readPlanFile(file: string, context?: ParseContext): Promise<ParsedPlan> {
  return parsePlanBytes(await readFile(file), file, context);
}
