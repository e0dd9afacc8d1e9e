import { describe, expect, it } from 'vitest';
import { decodePlanText } from '../../ingest/parse/decode-text';
import { PlanInputError } from '../../ingest/parse/plan-input-error';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function errorOf(input: Uint8Array): PlanInputError {
  try {
    decodePlanText(input, 'plans/x.txt');
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

describe('decoding plan files', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodePlanText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('部门分工')]), 'x.txt')).toBe('部门分工');
  });

  it.each([
    ['GB18030 bytes', bytes(0x61, 0x62, 0xb2, 0xbf, 0xc3, 0xc5), 'not-utf8', 2],
    ['a UTF-16 BOM', bytes(0xff, 0xfe, 0x68, 0x00), 'utf16', 0],
    ['a NUL byte', new Uint8Array([...utf8('工作措施'), 0, 1]), 'binary', 12],
    ['nothing', bytes(), 'empty', null],
  ])('refuses %s with a code, the file and the byte', (_what, input, code, offset) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    expect(error.file).toBe('plans/x.txt');
    expect(error.byteOffset).toBe(offset);
    expect(error.message).toMatch(/^plans\/x\.txt: /);
  });
});
