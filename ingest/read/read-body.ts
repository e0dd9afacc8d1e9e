/**
 * The one entry of the readers: a plan file's bytes to a PlanBody, whatever its format. The
 * format comes from the bytes (detect-format); each format has its reader. Everything here is
 * pure over bytes and imports nothing of Node, so the browser app reads files the same way.
 */
import { decodePlanBytes } from '../parse/decode-text';
import { detectFormat } from './detect-format';
import type { PdfAssets } from './pdf-engine';
import type { PlanBody, PlanFormat } from './plan-body';

/** A reader: the file's bytes and its name (for messages) to its body. */
export type PlanReader = (bytes: Uint8Array, file: string) => Promise<PlanBody>;

export interface ReadOptions {
  /** Where pdf.js's worker and data files are served (browser only). */
  readonly pdf?: PdfAssets;
}

/** Reads a file in a known format (see detectFormat); throws PlanInputError with a sentence when it cannot. */
export async function readBody(format: PlanFormat, bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<PlanBody> {
  return readerFor(format, options)(bytes, file);
}

/** Detects the format and reads the file: any plan file to its body. */
export async function readAnyBody(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<PlanBody> {
  return readBody(await detectFormat(bytes, file), bytes, file, options);
}

/**
 * The reader of one format, loaded when first asked for: exceljs alone takes half a second to
 * load, which a text plan on the command line should not wait for, and the browser app
 * splits each reader into a chunk of its own.
 */
export function readerFor(format: PlanFormat, options: ReadOptions = {}): PlanReader {
  switch (format) {
    case 'html':
      return async (bytes, file) => (await import('./read-html')).readHtml(bytes, file);
    case 'docx':
      return async (bytes, file) => (await import('./read-docx')).readDocx(bytes, file);
    case 'xlsx':
      return async (bytes, file) => (await import('./read-xlsx')).readXlsx(bytes, file);
    case 'csv':
      return async (bytes, file) => (await import('./read-delimited')).readCsv(bytes, file);
    case 'tsv':
      return async (bytes, file) => (await import('./read-delimited')).readTsv(bytes, file);
    case 'pdf':
      return async (bytes, file) => (await import('./read-pdf')).readPdf(bytes, file, options.pdf);
    case 'text':
      return readText;
  }
}

/**
 * Plain text as a body of one paragraph per line, for callers that want every format in one
 * shape; the text parser itself reads the decoded text directly, keeping offsets into the file.
 */
async function readText(bytes: Uint8Array, file: string): Promise<PlanBody> {
  const { text, encoding } = decodePlanBytes(bytes, file);
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  return {
    format: 'text',
    blocks: lines.filter((line) => line.trim() !== '').map((line) => ({ kind: 'paragraph' as const, text: line, page: null })),
    encoding,
  };
}
