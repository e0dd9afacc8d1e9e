/**
 * The I/O edge of parsing: read a plan file, hash its bytes, decode it and parse it.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ParsedPlan } from '../model';
import { decodePlanText } from './decode-text';
import { parsePlanText, type ParseContext } from './parse-plan';

export function documentIdOf(file: string): string {
  return basename(file, extname(file)).trim();
}

export function parsePlanBytes(bytes: Uint8Array, file: string, context?: ParseContext): ParsedPlan {
  const text = decodePlanText(bytes, file);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return parsePlanText({ id: documentIdOf(file), sourceFile: basename(file), contentHash, text }, context);
}

export async function readPlanFile(file: string, context?: ParseContext): Promise<ParsedPlan> {
  return parsePlanBytes(await readFile(file), file, context);
}
