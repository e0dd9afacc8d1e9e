/**
 * A PDF with a text layer to a PlanBody: the paragraphs of each page (a paragraph wrapped
 * over several lines is joined again), with their page number. Tables are not reconstructed: a row of a table is a line whose cells are separated
 * by spaces. A PDF without any text (a scan) is refused: it needs OCR first.
 */
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { PlanInputError } from '../parse/plan-input-error';
import { loadPdfJs, type PdfAssets } from './pdf-engine';
import { textParagraphs, type PlacedText } from './pdf-lines';
import type { BodyParagraph, PlanBody } from './plan-body';

/** Reads every page's text layer; `assets` tells a browser where pdf.js's files are served. */
export async function readPdf(bytes: Uint8Array, file: string, assets?: PdfAssets): Promise<PlanBody> {
  const { pdfjs, params } = await loadPdfJs(assets);
  // pdf.js may hand the buffer to its worker and detach it: give it a copy, and a plain
  // Uint8Array (it refuses a Node Buffer, which is what a file read from disk is).
  const task = pdfjs.getDocument({ ...params, data: new Uint8Array(bytes) });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw unreadable(error, file);
    });
    const pages: PlacedText[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isTextItem).map(placed));
      page.cleanup();
    }
    const blocks: BodyParagraph[] = textParagraphs(pages).map(({ text, page }) => ({ kind: 'paragraph', text, page }));
    if (blocks.length === 0) {
      throw new PlanInputError(
        'scanned-pdf',
        file,
        null,
        `${file}: the PDF has ${pdf.numPages} page(s) but no text layer — it is a scan or a picture; run OCR on it (or ask for the Word/web version of the plan) and read that`,
      );
    }
    return { format: 'pdf', blocks };
  } finally {
    await task.destroy();
  }
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function placed(item: TextItem): PlacedText {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  // The type size is the length of the text matrix's vertical axis; height is 0 for some fonts.
  const size = item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b);
  return { text: item.str, x, y, width: item.width, size };
}

/** pdf.js's exception classes by name: a password, a broken file, or anything else it refuses. */
function unreadable(error: unknown, file: string): PlanInputError {
  const name = error instanceof Error ? error.name : '';
  const what =
    name === 'PasswordException'
      ? 'the PDF is protected by a password; open it, save a copy without the password and read that'
      : name === 'InvalidPDFException'
        ? 'the PDF is damaged or incomplete; download or save it again'
        : 'pdf.js cannot open this PDF; save it again from the program that made it (print to PDF) and read that';
  return new PlanInputError('unreadable-container', file, null, `${file}: ${what}`);
}
