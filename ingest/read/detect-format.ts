/**
 * Which reader a plan file needs, decided by its bytes first and its name second: a PDF or an
 * Office zip is what its signature says whatever the file is called, Office 97–2003 and RTF
 * files are refused with what to do, and only plain text is told apart by name (CSV/TSV),
 * markup (HTML) or shape (a table copied out of Word as tab-separated lines).
 */
import type JSZip from 'jszip';
import Papa from 'papaparse';
import { decodePlanBytes } from '../parse/decode-text';
import { PlanInputError } from '../parse/plan-input-error';
import type { PlanFormat } from './plan-body';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/** The format of a plan file, or a PlanInputError saying what the file is and what to do. */
export async function detectFormat(bytes: Uint8Array, file: string): Promise<PlanFormat> {
  if (startsWith(bytes, OLE2)) throw legacyOffice(bytes, file);
  const head = textHead(bytes);
  // The PDF header may stand anywhere in the first kilobyte (ISO 32000-1, 7.5.2 note).
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP) && (bytes[2] === 3 || bytes[2] === 5)) return zipFormat(bytes, file);
  if (/^\s*\{\\rtf/.test(head)) {
    throw new PlanInputError('legacy-office', file, 0, `${file}: this is an RTF document; open it in Word or WPS and save it as .docx, then read that file`);
  }
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (looksLikeHtml(head, ext)) return 'html';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  return looksTabSeparated(bytes, file) ? 'tsv' : 'text';
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The first 4 KiB as text good enough to look for ASCII markup, whatever the encoding. */
function textHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  // Latin-1 keeps every byte as one character: ASCII markup reads the same in UTF-8 and GBK.
  return new TextDecoder('latin1').decode(head).replace(/^\u00ef\u00bb\u00bf/, '');
}

function looksLikeHtml(head: string, ext: string): boolean {
  const start = head.replace(/^(\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '');
  if (/^<(!doctype\s+html|html|head|body|meta|title|table|div|p|h[1-6]|center|font)\b/i.test(start)) return true;
  return (ext === 'html' || ext === 'htm' || ext === 'xhtml') && /<(p|div|br|table|body)\b/i.test(head);
}

/** A Word table pasted into a text file: most records hold two or more cells. */
function looksTabSeparated(bytes: Uint8Array, file: string): boolean {
  let text: string;
  try {
    text = decodePlanBytes(headLines(bytes, 64 * 1024), file).text;
  } catch {
    return false; // the text reader will say why these bytes are not text
  }
  if (!text.includes('\t')) return false;
  const records = Papa.parse<string[]>(text, { delimiter: '\t', skipEmptyLines: 'greedy' }).data;
  const tabular = records.filter((cells) => cells.filter((c) => c.trim() !== '').length >= 2);
  return records.length >= 2 && tabular.length >= 0.6 * records.length;
}

/**
 * At most `size` bytes from the start, ended after a line break: a character cut in two
 * would make the sample undecodable, and the encoding detector would then be asked about
 * bytes that are fine. UTF-16 (with its byte-order mark) is cut at an even length instead.
 */
function headLines(bytes: Uint8Array, size: number): Uint8Array {
  if (bytes.length <= size) return bytes;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const lineEnd = utf16 ? -1 : bytes.lastIndexOf(0x0a, size - 1);
  return bytes.subarray(0, lineEnd > 0 ? lineEnd + 1 : size);
}

/** OOXML by the main part its content types declare; anything else zipped gets a sentence. */
async function zipFormat(bytes: Uint8Array, file: string): Promise<PlanFormat> {
  // Loaded only for zips: text and web pages, the common case, do not wait for it.
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch {
    throw new PlanInputError('unreadable-container', file, 0, `${file}: the file starts like a zip (Word/Excel) file but cannot be opened — it is damaged or incomplete; download or save it again`);
  }
  const names = Object.keys(zip.files);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (/(wordprocessingml\.(document|template)|ms-word\.(document|template)\.macroEnabled)\.main\+xml/i.test(types)) return 'docx';
  if (/(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml/i.test(types)) return 'xlsx';
  const mimetype = (await zip.file('mimetype')?.async('string')) ?? '';
  let what = `a zip archive that holds neither a Word (.docx) nor an Excel (.xlsx) document (it holds ${names.slice(0, 3).join(', ') || 'nothing'}${names.length > 3 ? ', …' : ''}); unpack it and read the plan inside`;
  if (names.some((n) => n.startsWith('ppt/'))) what = 'a PowerPoint presentation; plans are read from Word (.docx), Excel (.xlsx), PDF, web pages and text';
  else if (mimetype.includes('opendocument.text')) what = 'an OpenDocument text (.odt); save it as .docx in LibreOffice or WPS, then read that file';
  else if (mimetype.includes('opendocument.spreadsheet')) what = 'an OpenDocument spreadsheet (.ods); save it as .xlsx in LibreOffice or WPS, then read that file';
  throw new PlanInputError('unreadable-container', file, 0, `${file}: this is ${what}`);
}

/** Names the Office 97–2003 program by the streams its compound file directory lists. */
function legacyOffice(bytes: Uint8Array, file: string): PlanInputError {
  if (containsUtf16(bytes, 'EncryptedPackage')) {
    return new PlanInputError('unreadable-container', file, 0, `${file}: this Office file is protected by a password; open it, remove the password and save it again as .docx or .xlsx`);
  }
  const what = containsUtf16(bytes, 'WordDocument')
    ? 'a Word 97–2003 .doc; save it as .docx in Word or WPS'
    : containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')
      ? 'an Excel 97–2003 .xls; save it as .xlsx in Excel or WPS'
      : 'an Office 97–2003 file (.doc/.xls/.ppt); save it as .docx or .xlsx';
  return new PlanInputError('legacy-office', file, 0, `${file}: this is ${what}, then read that file`);
}

/** Directory entry names of a compound file are UTF-16LE. */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Array.from(word).flatMap((ch) => [ch.charCodeAt(0), 0]);
  for (let i = bytes.indexOf(needle[0]!); i >= 0; i = bytes.indexOf(needle[0]!, i + 1)) {
    if (needle.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}
