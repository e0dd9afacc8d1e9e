/**
 * Telling a simplified text without OpenCC: the characters OpenCC's Taiwan → mainland
 * conversion can replace (ingest/read/opencc-changes.json) are those of the installed
 * opencc-js, the bound they give is never below what the conversion really changes, plans in
 * simplified characters are judged without OpenCC and copies in traditional characters still
 * go to it.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { Converter } from 'opencc-js/cn2t';
import { configs } from 'opencc-js/preset/t2cn';
import { changeBound, looksTraditional, mayLookTraditional, simplifiedConverter, toSimplified } from '../../ingest/read/to-simplified';
import { SEED_TEXT } from '../support/_plans';
import { COMPARE_CORPUS_DIR, CORPUS_DIR } from '../support/_corpus';

const run = promisify(execFile);
const convert = await simplifiedConverter();
const plansIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
const simplifiedPlans = [['the seed', SEED_TEXT] as const, ...plansIn(CORPUS_DIR), ...plansIn(COMPARE_CORPUS_DIR)];

describe('the characters OpenCC can replace', () => {
  it('are what the installed opencc-js gives (scripts/opencc-changes.mjs --check)', async () => {
    const result = await run('node', ['scripts/opencc-changes.mjs', '--check']).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(result).toBe(0);
  });
});

describe('judging a text without OpenCC', () => {
  it.each(simplifiedPlans)('%s, in simplified characters, is judged simplified without OpenCC', (_name, text) => {
    expect(mayLookTraditional(text)).toBe(false);
    expect(looksTraditional(text, convert)).toBe(false);
  });

  it.each([
    ['Taiwan', Converter({ from: 'cn', to: 'tw' })(SEED_TEXT)],
    ['Hong Kong', Converter({ from: 'cn', to: 'hk' })(SEED_TEXT)],
    ['traditional with variants', Converter({ from: 'cn', to: 't' })(SEED_TEXT)],
  ])('a %s copy of the seed goes to OpenCC and is found traditional', (_name, text) => {
    expect(mayLookTraditional(text)).toBe(true);
    expect(looksTraditional(text, convert)).toBe(true);
  });

  it('bounds what the conversion changes, on plans with traditional words mixed in', () => {
    // Keys of every dictionary the conversion uses, phrases of several characters included.
    const keys = configs.tw2s!.conversionChain.flat().flatMap((dictionary) =>
      typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]!) : dictionary.map(([key]) => key),
    );
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.nat(SEED_TEXT.length - 200).chain((start) => fc.nat(200).map((length) => SEED_TEXT.slice(start, start + length))) },
      { weight: 2, arbitrary: fc.constantFrom(...keys) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '、', '𠀀', '\ud840', '群众', '核心', '人才', '显著', '二噁英') },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(toSimplified(text, convert).converted).toBeLessThanOrEqual(changeBound(text));
        if (!mayLookTraditional(text)) expect(looksTraditional(text, convert)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
