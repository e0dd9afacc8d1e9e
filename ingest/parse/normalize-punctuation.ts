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

export function normalizePunctuation(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else out += FULL_TO_HALF[ch] ?? ch;
  }
  return out;
}
