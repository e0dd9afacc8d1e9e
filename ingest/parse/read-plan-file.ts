/**
 * A plan in plain text, from bytes to the parsed plan in one synchronous step: what the
 * tests and the parse benchmark use. Every other format, and the command line, go through
 * ingest/read/ (readPlanBytes), which also reads web pages, Word, spreadsheets and PDFs.
 */
import { createHash } from 'node:crypto';
import type { ParsedPlan } from '../model';
import { decodePlanBytes } from './decode-text';
import { parsePlanText, type ParseContext } from './parse-plan';
import { baseNameOf, documentIdOf } from './document-id';

export function parsePlanBytes(bytes: Uint8Array, file: string, context?: ParseContext): ParsedPlan {
  const { text, encoding } = decodePlanBytes(bytes, file);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return parsePlanText({ id: documentIdOf(file), sourceFile: baseNameOf(file), contentHash, text, encoding }, context);
}
