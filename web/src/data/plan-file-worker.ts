/**
 * The page's plan reader, off the main thread: a dropped or chosen file's bytes in, the
 * parsed plan (or the sentence saying why there is none) out. The same readers and parser
 * as the command line; nothing leaves the page.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { readPlanBytes } from '../../../ingest/read/read-plan-bytes';
import type { ParsedPlan } from '../../../ingest/model';

export interface PlanFileRequest {
  name: string;
  bytes: ArrayBuffer;
}

export type PlanFileResponse = { ok: true; plan: ParsedPlan } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<PlanFileRequest>) => {
  const { name, bytes } = event.data;
  let response: PlanFileResponse;
  try {
    const plan = await readPlanBytes(new Uint8Array(bytes), name, undefined, { pdf: { workerSrc: pdfWorkerUrl } });
    response = { ok: true, plan };
  } catch (error) {
    // Readers and the parser raise errors whose message is the sentence for the user.
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
