/**
 * Full-width punctuation and digits to their half-width forms, one character for one, so
 * that offsets in the normalised text are offsets in the original. Published plans use
 * full-width (，：（）；), scraped ones half-width; the rules match the half-width forms only.
 */
const FULL_TO_HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '（': '(',
  '）': ')',
  '；': ';',
  '．': '.',
  '！': '!',
  '？': '?',
  '\u3000': ' ',
};
const FULL_WIDTH = /[，：（）；．！？\u3000０-９Ａ-Ｚａ-ｚ]/g;

export function normalizePunctuation(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => FULL_TO_HALF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
