/**
 * PDFs with a real text layer for the reader tests, written by pdfkit with Noto Sans CJK
 * embedded (the font of Debian's fonts-noto-cjk, which the project installs anyway).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** Where distributions put Noto Sans CJK; FENGONG_CJK_FONT names a file of your own. */
const FONT_FOLDERS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/truetype/noto',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/opentype/noto-cjk',
];
const FONT_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular.otf'];

/** The Noto Sans CJK file and, for a collection, the name of its Simplified Chinese face. */
export function cjkFont(): { file: string; face?: string } {
  const own = process.env.FENGONG_CJK_FONT;
  const candidates = own ? [own] : FONT_FOLDERS.flatMap((folder) => FONT_FILES.map((name) => join(folder, name)));
  const file = candidates.find((path) => existsSync(path));
  if (!file) {
    throw new Error(
      `no Noto Sans CJK font in ${candidates.join(', ')}: install Debian's fonts-noto-cjk (scripts/install-system-packages.sh) or set FENGONG_CJK_FONT to a CJK .otf/.ttc`,
    );
  }
  return file.endsWith('.ttc') ? { file, face: 'NotoSansCJKsc-Regular' } : { file };
}

/** A line of text placed on a page; x and y in points from the top left, as pdfkit counts. */
export interface PdfText {
  text: string;
  x: number;
  y: number;
}

/** A PDF of the given pages (each a list of placed texts), 12 pt Noto Sans CJK. */
export async function pdfOf(pages: PdfText[][]): Promise<Uint8Array> {
  const font = cjkFont();
  const document = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.registerFont('cjk', font.file, font.face);
  for (const page of pages) {
    document.addPage({ size: 'A4', margin: 0 });
    document.font('cjk').fontSize(12);
    for (const { text, x, y } of page) document.text(text, x, y, { lineBreak: false });
  }
  document.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF whose only page is a drawing, no text: what a scanner's PDF looks like to a reader. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.rect(50, 50, 400, 600).fill('#888888');
  document.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A PDF of flowing paragraphs, the way a plan is printed: A4, 12 pt, each paragraph wrapped
 * by pdfkit at the right margin, its first line indented by two characters.
 */
export async function pdfOfParagraphs(paragraphs: readonly string[]): Promise<Uint8Array> {
  const font = cjkFont();
  const document = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.registerFont('cjk', font.file, font.face);
  document.font('cjk').fontSize(12);
  for (const paragraph of paragraphs) document.text(paragraph, { indent: 24, paragraphGap: 4 });
  document.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
