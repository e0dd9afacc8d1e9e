/**
 * The file-system edge of reading: a plan file from disk through readPlanBytes. Only regular
 * files are read (a device such as /dev/zero never ends), and only up to a size cap, checked
 * before a byte is read, so that a wrong path cannot fill the memory. The only module of
 * ingest/read that touches Node; the rest runs in the browser as well.
 */
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { ParsedPlan } from '../model';
import { parsePlanText, type ParseContext } from '../parse/parse-plan';
import { decodePlanBytes } from '../parse/decode-text';
import { baseNameOf, documentIdOf } from '../parse/document-id';
import { PlanInputError } from '../parse/plan-input-error';
import { readPlanBytes } from './read-plan-bytes';
import { MAX_PLAN_MB } from './max-plan-size';

/** The largest plan file read, in MiB: FENGONG_MAX_PLAN_MB, the same cap the loader keeps (10 by default). */
export { MAX_PLAN_MB };

export async function readPlanFile(file: string, context?: ParseContext, maxBytes = MAX_PLAN_MB * 1024 * 1024): Promise<ParsedPlan> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new PlanInputError('not-a-file', file, null, `${file}: is a folder, not a plan file`);
    if (!info.isFile()) throw new PlanInputError('not-a-file', file, null, `${file}: is not a regular file (a device, pipe or socket) — give the path of a plan file`);
    if (info.size > maxBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new PlanInputError(
        'too-large',
        file,
        null,
        `${file}: is ${mb(info.size)} MiB, larger than the ${mb(maxBytes)} MiB a plan file may be — the largest plan supported; to read a larger one, raise FENGONG_MAX_PLAN_MB (README, "Large plans")`,
      );
    }
    return await readPlanBytes(await handle.readFile(), file, context);
  } finally {
    await handle.close();
  }
}

/**
 * A plan in plain text, from bytes to the parsed plan in one synchronous step: what the
 * tests and the parse benchmark use. Every other format goes through readPlanBytes.
 */
export function parsePlanBytes(bytes: Uint8Array, file: string, context?: ParseContext): ParsedPlan {
  const { text, encoding } = decodePlanBytes(bytes, file);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return parsePlanText({ id: documentIdOf(file), sourceFile: baseNameOf(file), contentHash, text, encoding }, context);
}
