/**
 * Conventions a plan announces in its notice or a footnote, which change how all of its
 * divisions read: 列第一位的为牵头单位 (the first unit listed leads), 无牵头单位的，责任单位即为
 * 牵头单位 (responsible units lead where no lead is named), 加粗的为牵头单位 (bold marks the
 * lead — lost in plain text, so it can only be reported).
 */
import type { Convention } from '../model';

const RULES: ReadonlyArray<readonly [Convention, RegExp]> = [
  ['first-listed-leads', /(?:列|排|排列|位)(?:在)?(?:第一|首)(?:位|个)的?(?:单位|部门)?(?:为|是)牵头|第一(?:个|家)?(?:单位|部门)(?:为|是)牵头|首位(?:单位|部门)?(?:为|是)牵头/],
  ['responsible-are-leads', /(?:无|没有|未(?:明确|列明|注明|标明)?)牵头(?:单位|部门)的?,?(?:责任|所列)(?:单位|部门)?(?:即|均|都)?(?:为|是)牵头/],
  ['bold-leads', /(?:加粗|粗体|黑体)(?:的|标注的|显示的)?(?:单位|部门)?(?:为|是)牵头|牵头(?:单位|部门)(?:以|用)?(?:加粗|粗体|黑体)/],
];

export interface FoundConvention {
  convention: Convention;
  /** Offset of the words that announce it. */
  start: number;
  end: number;
}

/** The conventions announced anywhere in the (punctuation-normalised) text, each once. */
export function readConventions(normalised: string): FoundConvention[] {
  const found: FoundConvention[] = [];
  for (const [convention, pattern] of RULES) {
    const m = pattern.exec(normalised);
    if (m) found.push({ convention, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
