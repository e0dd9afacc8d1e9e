/**
 * Text shaped to stall a parser: long runs of spaces, punctuation, brackets and repeated
 * labels. Parsing time must grow with the length of the input, not its square: ten times
 * the text may take at most a few times ten times as long (a quadratic step would take a
 * hundred times). Also line ends that are a lone CR.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../support/_plans';

const SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['a run of spaces inside a line', (n) => '1.推进工作。' + ' '.repeat(n) + 'x\n部门分工:省财政厅牵头。\n'],
  ['a run of ideographic spaces', (n) => '\u3000'.repeat(n) + '工作措施:推进。\n'],
  ['a run of punctuation after a label', (n) => '牵头单位:省财政厅' + '；，。'.repeat(n / 3) + 'x\n'],
  ['opening brackets', (n) => '1.推进工作' + '（'.repeat(n) + '\n'],
  ['bracket pairs', (n) => '1.推进工作' + '(省财政厅'.repeat(n / 5) + ')'.repeat(n / 5) + '\n'],
  ['repeated labels', (n) => '牵头单位:'.repeat(n / 5) + '\n'],
  ['one long division', (n) => '部门分工:' + '省财政厅、'.repeat(n / 5) + '牵头。\n'],
  ['a long clause list', (n) => '1.甲。(' + '省财政厅牵头,'.repeat(n / 7) + ')\n'],
];

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

describe('hostile text', () => {
  it.each(SHAPES)('%s: parse time grows linearly (1 MB against 100 KB)', (_shape, make) => {
    const small = make(100_000);
    const large = make(1_000_000);
    parseSnippet(small);
    // The best of three runs of each, so that a pause of a busy machine does not decide.
    const best = (text: string) => Math.min(...[1, 2, 3].map(() => seconds(() => parseSnippet(text))));
    const t1 = best(small);
    const t2 = best(large);
    expect(t2 / Math.max(t1, 0.002)).toBeLessThan(35);
  });

  it('reads lines that end with a lone CR', () => {
    const plan = parseSnippet('1.推进工作。\r部门分工:省财政厅牵头,省教育厅配合。\r2.另一项。\r部门分工:省商务厅牵头。\r');
    expect(plan.tasks.map((t) => [t.number, t.leads, t.supports, t.span.line])).toEqual([
      [1, ['省财政厅'], ['省教育厅'], 1],
      [2, ['省商务厅'], [], 3],
    ]);
  });
});
