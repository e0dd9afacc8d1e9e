/**
 * Task numbers from the few headlines that carry one. Between two written numbers a and b
 * the k blocks in between are a+1 … b-1 exactly when k = b-a-1; when the count disagrees
 * the stretch is a contradiction: its numbers stay unknown and the finding says why,
 * rather than guessing which block was lost or added. Before the first written number the
 * blocks count down from it, after the last they count up.
 */
export interface TaskNumbering {
  /** Number per block, in block order; null where it cannot be established. */
  numbers: Array<number | null>;
  inferred: boolean[];
  contradictions: Array<{ fromBlock: number; toBlock: number; fromNumber: number; toNumber: number }>;
  /** True when no block carried a number and blocks were numbered by position. */
  numberedByPosition: boolean;
}

/** `written[i]` is the number written in block i's headline, or null. */
export function numberTasks(written: ReadonlyArray<number | null>): TaskNumbering {
  const n = written.length;
  const numbers: Array<number | null> = written.map((w) => w);
  const inferred = written.map((w) => w === null);
  const contradictions: TaskNumbering['contradictions'] = [];
  const anchors = written.flatMap((w, i) => (w === null ? [] : [i]));

  if (anchors.length === 0) {
    return { numbers: written.map((_, i) => i + 1), inferred: written.map(() => true), contradictions, numberedByPosition: n > 0 };
  }
  const first = anchors[0]!;
  for (let i = first - 1; i >= 0; i--) {
    const value = written[first]! - (first - i);
    numbers[i] = value > 0 ? value : null;
  }
  for (let a = 0; a + 1 < anchors.length; a++) {
    const i = anchors[a]!;
    const j = anchors[a + 1]!;
    const from = written[i]!;
    const to = written[j]!;
    if (to - from === j - i) {
      for (let k = i + 1; k < j; k++) numbers[k] = from + (k - i);
    } else {
      contradictions.push({ fromBlock: i, toBlock: j, fromNumber: from, toNumber: to });
      for (let k = i + 1; k < j; k++) numbers[k] = null;
    }
  }
  const last = anchors[anchors.length - 1]!;
  for (let k = last + 1; k < n; k++) numbers[k] = written[last]! + (k - last);
  return { numbers, inferred, contradictions, numberedByPosition: false };
}
