/**
 * A plan file chosen or dropped in the page: a parsed-plan JSON is validated here; any other
 * file (text, web page, Word, spreadsheet, PDF) is read in a Web Worker with the project's
 * readers and parser, so that the page stays responsive and a long read can be cancelled.
 */
import { ParsedPlan } from '../../../ingest/model';
import type { PlanFileRequest, PlanFileResponse } from './plan-file-worker';
import { planWorker } from './plan-worker';
import { issueSentence } from '../../../common/first-issue';

/** The files the page reads, for the file chooser's `accept`. */
export const PLAN_FILE_TYPES = '.json,.txt,.text,.htm,.html,.docx,.xlsx,.csv,.tsv,.pdf';

export async function readPlanInPage(file: File, signal?: AbortSignal): Promise<ParsedPlan> {
  if (/\.json$/i.test(file.name)) return readParsedPlan(file);
  const bytes = await file.arrayBuffer();
  const worker = await planWorker();
  try {
    return await new Promise<ParsedPlan>((resolve, reject) => {
      const cancel = () => reject(new DOMException(`${file.name}: reading cancelled`, 'AbortError'));
      if (signal?.aborted) return cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      worker.onmessage = (event: MessageEvent<PlanFileResponse>) => {
        const response = event.data;
        if (!response.ok) return reject(new Error(response.message));
        const result = ParsedPlan.safeParse(response.plan);
        if (result.success) resolve(result.data);
        else reject(new Error(`${file.name}: the reader returned a plan that fails validation (${issueSentence(result.error)})`));
      };
      worker.onerror = (event) => reject(new Error(`${file.name}: the reader stopped — ${event.message || 'unknown error'}`));
      worker.postMessage({ name: file.name, bytes } satisfies PlanFileRequest, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}

/** A parsed-plan JSON chosen by the user; the message says what is wrong with it. */
async function readParsedPlan(file: File): Promise<ParsedPlan> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name}: not a JSON file`);
  }
  const result = ParsedPlan.safeParse(data);
  if (!result.success) {
    throw new Error(`${file.name}: not a parsed plan (${issueSentence(result.error)}) — make one with npm run parse`);
  }
  return result.data;
}
