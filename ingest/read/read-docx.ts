/**
 * A Word (.docx) plan to a PlanBody. mammoth reads the document (paragraphs, tables, merged
 * cells: gridSpan becomes colspan and a vertical merge becomes rowspan) and writes plain HTML;
 * the page walker then reads that HTML as it reads any page, so a Word table and a web table
 * come out the same way.
 */
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import { PlanInputError } from '../parse/plan-input-error';
import { domToBlocks } from './html-blocks';
import type { PlanBody } from './plan-body';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** Reads a .docx file's body: headers, footers and comments are left out, as Word prints them apart. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<PlanBody> {
  const data = bytes.slice().buffer;
  // mammoth's Node build opens `buffer`, its browser build `arrayBuffer`; both accept the
  // bytes, so the same call works in either.
  const input = { buffer: data, arrayBuffer: data } as unknown as MammothInput;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      // Images are never plan text; skipping them spares base64-encoding every picture.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch {
    throw new PlanInputError(
      'unreadable-container',
      file,
      null,
      `${file}: the Word file cannot be read — it is damaged or not a real .docx; open it in Word or WPS and save it again as .docx`,
    );
  }
  // Every Word table is read as data: a cell with several paragraphs is common in division
  // tables, and Word documents are not laid out with tables the way web pages are.
  return { format: 'docx', blocks: domToBlocks(parseDocument(html).children, { findLayoutTables: false }) };
}
