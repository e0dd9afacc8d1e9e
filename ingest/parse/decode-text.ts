/**
 * Bytes to text. Plans arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or in the
 * legacy Chinese encodings of older web pages and Windows tools: GB2312/GBK/GB18030 and,
 * for copies in traditional characters, Big5. Which legacy encoding a file is in is decided
 * by a statistical detector (chardet), confirmed by a strict decode; binary input and bytes
 * no encoding accounts for are refused with a message that names the file and the byte.
 */
import { analyse } from 'chardet';
import { PlanInputError } from './plan-input-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodePlanText(bytes: Uint8Array, file: string): string {
  return decodePlanBytes(bytes, file).text;
}

export function decodePlanBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new PlanInputError('empty', file, null, `${file}: the file is empty`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le', file, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be', file, 2);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PlanInputError(
      'binary',
      file,
      nul,
      `${file}: byte ${nul} is NUL — this is a binary file, not a plan in text (Word, Excel and PDF plans are read as .docx, .xlsx and .pdf)`,
    );
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = tryDecode(body, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  for (const encoding of legacyCandidates(body)) {
    const text = tryDecode(body, encoding);
    if (text !== null) return { text, encoding };
  }
  const offset = firstInvalidUtf8Offset(body) + (hasBom ? 3 : 0);
  throw new PlanInputError(
    'not-utf8',
    file,
    offset,
    `${file}: byte ${offset} fits no text encoding a plan is written in (UTF-8, UTF-16, GB18030/GBK, Big5) — the file may be damaged or not text`,
  );
}

/** GB18030 and Big5 in the order the detector finds likelier; GB18030 first when it cannot tell. */
function legacyCandidates(bytes: Uint8Array): TextEncodingName[] {
  const ranked = analyse(bytes.subarray(0, 64 * 1024)).map((m) => m.name.toLowerCase());
  const big5 = ranked.indexOf('big5');
  const gb = ranked.findIndex((name) => name === 'gb18030' || name === 'gbk' || name === 'gb2312');
  return big5 >= 0 && (gb < 0 || big5 < gb) ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: TextEncodingName, file: string, bomLength: number): DecodedText {
  const text = tryDecode(bytes, encoding);
  if (text === null) {
    throw new PlanInputError('not-utf8', file, bomLength, `${file}: the file starts with a ${encoding.toUpperCase()} byte-order mark but its bytes are not ${encoding.toUpperCase()} text`);
  }
  return { text, encoding };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
