/**
 * Plan files in the encodings they are published in: the seed saved as GB18030, GBK, UTF-16
 * and in traditional characters (written with real encoders) reads exactly as the original;
 * what no encoding accounts for is refused with the file and the byte.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { decodePlanBytes, decodePlanText } from '../../ingest/parse/decode-text';
import { PlanInputError } from '../../ingest/parse/plan-input-error';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { SEED_TEXT, seedPlan } from '../support/_plans';
import type { ParsedPlan } from '../../ingest/model';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const assignmentsOf = (plan: ParsedPlan) => plan.tasks.map((t) => [t.number, t.leads, t.supports]);

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
    ['GB18030', (t: string) => iconv.encode(t, 'gb18030'), 'gb18030'],
    ['GBK', (t: string) => iconv.encode(t, 'gbk'), 'gb18030'],
    ['UTF-16LE with a BOM', (t: string) => iconv.encode(t, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with a BOM', (t: string) => iconv.encode(t, 'utf-16be', { addBOM: true }), 'utf-16be'],
  ])('reads the seed saved as %s exactly as the original', (_what, encode, encoding) => {
    const encoded = new Uint8Array(encode(SEED_TEXT));
    expect(decodePlanBytes(encoded, 'seed.txt')).toEqual({ text: SEED_TEXT, encoding });
    const plan = parsePlanBytes(encoded, 'seed.txt');
    expect(plan.document.encoding).toBe(encoding);
    expect(assignmentsOf(plan)).toEqual(assignmentsOf(seedPlan()));
  });

  it('tells Big5 from GB18030', () => {
    const traditional = '部門分工:省財政廳、教育廳牽頭,省科技廳等配合。';
    expect(decodePlanBytes(new Uint8Array(iconv.encode(traditional, 'big5')), 'x.txt')).toEqual({ text: traditional, encoding: 'big5' });
  });

  it.each([
    ['a NUL byte', new Uint8Array([...utf8('工作措施'), 0, 1]), 'binary', 12],
    ['nothing', bytes(), 'empty', null],
    ['bytes no encoding accounts for', bytes(0x61, 0xff, 0xff, 0xff, 0xfe), 'not-utf8', 1],
  ])('refuses %s with a code, the file and the byte', (_what, input, code, offset) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    expect(error.file).toBe('plans/x.txt');
    expect(error.byteOffset).toBe(offset);
    expect(error.message).toMatch(/^plans\/x\.txt: /);
  });
});

describe('a copy in traditional characters', () => {
  it('parses exactly like its simplified original, with spans into the traditional text', async () => {
    const traditional = Converter({ from: 'cn', to: 'tw' })(SEED_TEXT);
    expect(traditional).not.toBe(SEED_TEXT);
    const plan = await readPlanBytes(utf8(traditional), 'seed-traditional.txt');
    expect(plan.document.script).toBe('traditional');
    expect(assignmentsOf(plan)).toEqual(assignmentsOf(seedPlan()));
    expect(plan.units.map((u) => u.name).sort()).toEqual(seedPlan().units.map((u) => u.name).sort());
    for (const a of plan.assignments) expect(traditional.slice(a.span.start, a.span.end)).toBe(a.surface);
    expect(plan.assignments.some((a) => a.surface !== a.unit && /[廳發]/.test(a.surface))).toBe(true);
  });
});
