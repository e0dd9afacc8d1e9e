/**
 * The one entry point from a file's bytes to a parsed plan, for the command line and the
 * browser alike: the format recognised by content, the file read into text (a table written
 * out as labelled lines, with the origin of every line), a traditional-character copy read
 * through its simplified conversion, then the parser. A file from which no task can be read
 * is an error that says why, never an empty plan.
 */
import type { ParsedPlan } from '../model';
import { parsePlanText, type ParseContext } from '../parse/parse-plan';
import { decodePlanBytes } from '../parse/decode-text';
import { PlanInputError } from '../parse/plan-input-error';
import { baseNameOf, documentIdOf } from '../parse/document-id';
import { bodyToSource } from './body-to-source';
import { readingTextOf } from './to-simplified';
import { detectFormat } from './detect-format';
import { readBody, type ReadOptions } from './read-body';

export async function readPlanBytes(bytes: Uint8Array, file: string, context?: ParseContext, options: ReadOptions = {}): Promise<ParsedPlan> {
  const format = await detectFormat(bytes, file);
  let text: string;
  let encoding: string | null = null;
  let origins: ParsedPlan['lineOrigins'] = [];
  let taskTables = 0;
  if (format === 'text') {
    const decoded = decodePlanBytes(bytes, file);
    text = decoded.text;
    encoding = decoded.encoding;
  } else {
    const body = await readBody(format, bytes, file, options);
    const written = bodyToSource(body);
    text = written.text;
    origins = written.origins;
    taskTables = written.taskTables;
    encoding = body.encoding ?? null;
  }
  const readingText = await readingTextOf(text);
  const plan = parsePlanText(
    { id: documentIdOf(file), sourceFile: baseNameOf(file), contentHash: await sha256(bytes), text, readingText, format, encoding, origins },
    context,
  );
  if (plan.tasks.length === 0) throw new PlanInputError('no-tasks', file, null, noTaskMessage(plan, file, format, taskTables));
  return plan;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why a document gave no task: what the parser looks for, and what it found instead. */
function noTaskMessage(plan: ParsedPlan, file: string, format: string, taskTables: number): string {
  const count = (role: string) => plan.paragraphs.filter((p) => p.role === role).length;
  const headings = count('section-heading');
  const found =
    plan.paragraphs.length === 0
      ? 'it holds no text'
      : `its ${plan.paragraphs.length} paragraph(s) are ${headings > 0 ? `${headings} section heading(s) and prose` : 'all prose'}`;
  const tables = format === 'text' ? '' : taskTables > 0 ? '' : ' No table in it has a 重点任务 column beside a 牵头单位/责任单位 column.';
  return (
    `${file}: no task could be read — ${found}. A plan needs tasks with a division of responsibility: numbered headlines ` +
    '(1. 1、 (1) (一)) or measures (工作措施:) followed by 部门分工:, 牵头单位:/责任单位: lines, or a parenthesis such as ' +
    `(市发改委牵头,市财政局配合).${tables}`
  );
}
