/** Chinese numerals of section headings (一 … 九十九) to numbers. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Returns null for anything that is not a numeral below 100. */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral.length === 0) return null;
  const ten = numeral.indexOf('十');
  if (ten < 0) {
    if (numeral.length !== 1) return null;
    return DIGITS[numeral] ?? null;
  }
  const tensPart = numeral.slice(0, ten);
  const onesPart = numeral.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? DIGITS[tensPart] : undefined;
  const ones = onesPart === '' ? 0 : onesPart.length === 1 ? DIGITS[onesPart] : undefined;
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}
