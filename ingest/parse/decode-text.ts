/**
 * Bytes to text. Plans arrive as UTF-8 with or without a BOM; anything else (GB18030, UTF-16,
 * binary) is refused with a message that names the file and what to do, never guessed at.
 */
import { PlanInputError } from './plan-input-error';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodePlanText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new PlanInputError('empty', file, null, `${file}: the file is empty`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanInputError(
      'utf16',
      file,
      0,
      `${file}: the file is UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PlanInputError(
      'binary',
      file,
      nul,
      `${file}: byte ${nul} is NUL — this is a binary file, not a plan in plain text (export .doc/.pdf plans to UTF-8 text first)`,
    );
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8Offset(body) + (hasBom ? 3 : 0);
    throw new PlanInputError(
      'not-utf8',
      file,
      offset,
      `${file}: byte ${offset} is not valid UTF-8 — the file is probably GB18030/GBK; convert it with iconv -f GB18030 -t UTF-8`,
    );
  }
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
