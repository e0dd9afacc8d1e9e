/**
 * The number that opens a paragraph, and in which form: `一、` (a section), `(一)`, `1.` or
 * `1、`, `(1)` or `1)`, `①`. Plans mix forms for one level (`(9)` then `10.`), so the family
 * (Chinese or Arabic numerals, circled) is kept beside the exact form. Works on
 * punctuation-normalised text (half-width parentheses and full stops).
 */
import { chineseNumeralValue } from './chinese-numeral';

export type NumberForm = 'chinese-comma' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren' | 'circled';
export type NumberFamily = 'chinese' | 'arabic' | 'circled';

export interface NumberingMarker {
  form: NumberForm;
  family: NumberFamily;
  value: number;
  /** The marker as written (`(三)`, `17.`). */
  text: string;
  /** Characters from the start of the paragraph to the first character of the body. */
  length: number;
}

const CHINESE_COMMA = /^([一二三四五六七八九十]{1,3})、\s*/;
const CHINESE_PAREN = /^\(([一二三四五六七八九十]{1,3})\)\s*/;
const ARABIC_PAREN = /^\(?([1-9]\d{0,2})\)\s*/;
// `1.5万亿元` opens with a number but not with a marker: the dot must not start a decimal.
const ARABIC_DOT = /^([1-9]\d{0,2})\s*[.、](?!\d)\s*/;
const CIRCLED = /^([\u2460-\u2473])\s*/;

export function readNumberingMarker(text: string): NumberingMarker | null {
  const chinese = CHINESE_COMMA.exec(text) ?? CHINESE_PAREN.exec(text);
  if (chinese) {
    const value = chineseNumeralValue(chinese[1]!);
    if (value === null || value === 0) return null;
    const form: NumberForm = chinese[0].startsWith('(') ? 'chinese-paren' : 'chinese-comma';
    return { form, family: 'chinese', value, text: chinese[0].trimEnd(), length: chinese[0].length };
  }
  const paren = ARABIC_PAREN.exec(text);
  if (paren) {
    return { form: 'arabic-paren', family: 'arabic', value: Number(paren[1]), text: paren[0].trimEnd(), length: paren[0].length };
  }
  const dot = ARABIC_DOT.exec(text);
  if (dot) return { form: 'arabic-dot', family: 'arabic', value: Number(dot[1]), text: dot[0].trimEnd(), length: dot[0].length };
  const circled = CIRCLED.exec(text);
  if (circled) {
    return { form: 'circled', family: 'circled', value: circled[1]!.charCodeAt(0) - 0x245f, text: circled[1]!, length: circled[0].length };
  }
  return null;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三: how section and task numbers are shown when a plan counts in Chinese. */
export function chineseNumeral(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] ?? String(value);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[value % 10]}`;
}
