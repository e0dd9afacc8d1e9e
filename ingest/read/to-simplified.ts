/**
 * Copies of plans circulate in traditional characters. They are read by converting the text
 * to simplified characters with OpenCC's Taiwan/Hong Kong → mainland tables, one character
 * for one, so that every offset the parser records still points at the same character of
 * the original. A line whose phrase-level conversion would change its length is converted
 * character by character instead. OpenCC is loaded only for a text it could find traditional.
 */
import changes from './opencc-changes.json';

export interface SimplifiedText {
  text: string;
  /** Characters that differ from the original: 0 for a text already in simplified characters. */
  converted: number;
}

type Convert = (text: string) => string;

/** A text counts as traditional when at least this share of its Chinese characters change. */
const TRADITIONAL_SHARE = 0.02;
/** How much of a text the judgement reads. */
const SAMPLE_LENGTH = 20_000;

/**
 * From scripts/opencc-changes.mjs: runs of characters OpenCC never replaces, and any character
 * that can start a replacement of another length (all of them Han characters, which stand in
 * a class as they are). Regular expressions rather than a Set: a loop over 20,000 characters,
 * run cold once per command, took twice as long.
 */
const UNCHANGING_RUN = new RegExp(`[^${changes.changing}]+`, 'gu');
const RESIZING = new RegExp(`[${changes.resizing}]`, 'u');
const NON_HAN_RUN = /\P{Script=Han}+/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/**
 * The text to read instead of `original`: its simplified conversion when it is written in
 * traditional characters, otherwise undefined (the text is read as it is).
 */
export async function readingTextOf(original: string): Promise<string | undefined> {
  if (!mayLookTraditional(original)) return undefined;
  const convert = await simplifiedConverter();
  return looksTraditional(original, convert) ? toSimplified(original, convert).text : undefined;
}

export function toSimplified(original: string, convert: Convert): SimplifiedText {
  const lines = original.split('\n').map((line) => convertLine(line, convert));
  const text = lines.join('\n');
  let converted = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== original[i]) converted++;
  return { text, converted };
}

/** Whether a text is written in traditional characters, judged on a sample of its characters. */
export function looksTraditional(text: string, convert: Convert): boolean {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const han = hanCount(sample);
  if (han === 0) return false;
  return toSimplified(sample, convert).converted / han >= TRADITIONAL_SHARE;
}

/**
 * False when `looksTraditional` is false whatever converter it is given, judged without
 * OpenCC: the share of the sample OpenCC could change at most is below the threshold.
 */
export function mayLookTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const han = hanCount(sample);
  if (han === 0) return false;
  return changeBound(sample) / han >= TRADITIONAL_SHARE;
}

/**
 * At most how many code units OpenCC's conversion changes in `text` (`toSimplified(…).converted`).
 * While no character of the text can start a replacement of another length, every replacement
 * keeps the places of the characters, so only code units of the characters OpenCC replaces can change.
 */
export function changeBound(text: string): number {
  if (RESIZING.test(text)) return Infinity;
  return text.replace(UNCHANGING_RUN, '').length;
}

/** Han characters (code points) of a text, as `text.match(/\p{Script=Han}/gu).length` counts them, without a string for each. */
function hanCount(text: string): number {
  const han = text.replace(NON_HAN_RUN, '');
  return han.length - (han.match(HIGH_SURROGATE)?.length ?? 0);
}

function convertLine(line: string, convert: Convert): string {
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  let out = '';
  for (const ch of line) {
    const one = ch.length === 1 ? convert(ch) : ch;
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/**
 * OpenCC's traditional (Taiwan) → mainland converter; build it once per reading, it loads
 * tables. Its module is imported here, on demand: a simplified text never needs it.
 */
export async function simplifiedConverter(): Promise<Convert> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' });
}
