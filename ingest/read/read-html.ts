/**
 * A web page to a PlanBody: the bytes decoded by the charset the page declares (older
 * government pages are GB2312/GBK), parsed with htmlparser2, and walked into paragraphs and
 * tables by html-blocks.
 */
import { parseDocument } from 'htmlparser2';
import { decodePlanBytes } from '../parse/decode-text';
import { domToBlocks } from './html-blocks';
import type { PlanBody } from './plan-body';

/** Reads an HTML page; a page with no text in it gives a body with no blocks. */
export async function readHtml(bytes: Uint8Array, file: string): Promise<PlanBody> {
  const { text, encoding } = decodeHtml(bytes, file);
  const document = parseDocument(text);
  return { format: 'html', blocks: domToBlocks(document.children, { findLayoutTables: true }), encoding };
}

/**
 * The page's text, by the order browsers use: a byte-order mark, then the charset a
 * `<meta>` declares, then what the bytes themselves say (UTF-8, else the detector).
 */
export function decodeHtml(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (startsWithBom(bytes)) return decodePlanBytes(bytes, file);
  const declared = declaredCharset(bytes);
  if (declared) {
    // A page saved by a browser or editor is often re-encoded to UTF-8 while its <meta> still
    // says gb2312; valid UTF-8 with Chinese in it is practically never GBK text, so it wins.
    const utf8 = strictDecode(bytes, 'utf-8');
    if (declared !== 'utf-8' && utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8' };
    const text = strictDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared };
  }
  return decodePlanBytes(bytes, file);
}

function startsWithBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KiB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (label) return canonicalCharset(label);
  }
  return null;
}

/**
 * GB2312 and GBK pages routinely hold characters outside their own tables (names of people
 * and places), which browsers show because they decode both as GB18030, its superset.
 */
function canonicalCharset(label: string): string | null {
  const name = label.toLowerCase();
  if (/^(gb2312|gbk|x-gbk|gb_2312(-80)?|cp936|ms936|windows-936|euc-cn|gb18030|csgb2312)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/.test(name)) return 'big5';
  try {
    const encoding = new TextDecoder(name).encoding;
    // HTML treats a <meta> that says UTF-16 as UTF-8: bytes that are really UTF-16 carry a BOM.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null; // an unknown label: let the bytes decide
  }
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
