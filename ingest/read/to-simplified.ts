/**
 * Copies of plans circulate in traditional characters. They are read by converting the text
 * to simplified characters with OpenCC's Taiwan/Hong Kong → mainland tables, one character
 * for one, so that every offset the parser records still points at the same character of
 * the original. A line whose phrase-level conversion would change its length is converted
 * character by character instead.
 */
import { Converter } from 'opencc-js/t2cn';

export interface SimplifiedText {
  text: string;
  /** Characters that differ from the original: 0 for a text already in simplified characters. */
  converted: number;
}

type Convert = (text: string) => string;

/** A text counts as traditional when at least this share of its Chinese characters change. */
const TRADITIONAL_SHARE = 0.02;

export function toSimplified(original: string, convert: Convert): SimplifiedText {
  const lines = original.split('\n').map((line) => convertLine(line, convert));
  const text = lines.join('\n');
  let converted = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== original[i]) converted++;
  return { text, converted };
}

/** Whether a text is written in traditional characters, judged on a sample of its characters. */
export function looksTraditional(text: string, convert: Convert): boolean {
  const sample = text.slice(0, 20_000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return false;
  return toSimplified(sample, convert).converted / han >= TRADITIONAL_SHARE;
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

/** OpenCC's traditional (Taiwan) → mainland converter; build it once per reading, it loads tables. */
export function simplifiedConverter(): Convert {
  return Converter({ from: 'tw', to: 'cn' });
}
