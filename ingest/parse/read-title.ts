/**
 * The document's title, year and region from its first paragraphs. A title is either a
 * short first paragraph that names a plan (…分工方案) or the first 《…方案》 of the cover
 * letter; the region is taken from the title, or else from the place the body names most.
 */
import type { Paragraph } from './split-paragraphs';
import type { UnitDictionary } from './unit-dictionary';

export interface TitleFacts {
  title: string | null;
  /** Whether the first paragraph is the title itself (rather than a letter that cites it). */
  firstParagraphIsTitle: boolean;
  year: number | null;
  region: string | null;
  regionSource: 'title' | 'body' | null;
}

export function readTitle(paragraphs: readonly Paragraph[], fullText: string, dict: UnitDictionary): TitleFacts {
  const first = paragraphs[0];
  let title: string | null = null;
  let firstParagraphIsTitle = false;
  if (first) {
    if (first.text.length <= 80 && !first.text.includes('。') && /方案|分工/.test(first.text)) {
      title = first.text.replace(/^《|》$/g, '');
      firstParagraphIsTitle = true;
    } else {
      title = /《([^《》]*(?:方案|分工)[^《》]*)》/.exec(first.text)?.[1] ?? null;
    }
  }
  const year = title ? Number(/(\d{4})年/.exec(title)?.[1] ?? NaN) : NaN;
  const bodyYear = Number.isFinite(year) ? null : yearOfIssue(paragraphs);
  const titleRegion = title ? dict.places.find((p) => title!.includes(p)) ?? null : null;
  const bodyRegion = titleRegion ? null : mostNamedProvince(fullText, dict);
  return {
    title,
    firstParagraphIsTitle,
    year: Number.isFinite(year) ? year : bodyYear,
    region: titleRegion ?? bodyRegion,
    regionSource: titleRegion ? 'title' : bodyRegion ? 'body' : null,
  };
}

/**
 * The place written most often as "X省" in the body, if it stands out (3+ times). Each 省 is
 * looked at once, with the place names that could end just before it, longest first — the
 * match an alternation of every place would find, without scanning the text with one.
 */
function mostNamedProvince(text: string, dict: UnitDictionary): string | null {
  const places = new Set(dict.places);
  const lengths = [...new Set(dict.places.map((p) => p.length))].sort((a, b) => b - a);
  const counts = new Map<string, number>();
  // Matches do not overlap: a place must start after the 省 of the previous match.
  let free = 0;
  for (let at = text.indexOf('省'); at >= 0; at = text.indexOf('省', at + 1)) {
    for (const length of lengths) {
      if (at - length < free) continue;
      const place = text.slice(at - length, at);
      if (places.has(place)) {
        counts.set(place, (counts.get(place) ?? 0) + 1);
        free = at + 1;
        break;
      }
    }
  }
  let best: string | null = null;
  let bestCount = 2;
  for (const [place, count] of counts) {
    if (count > bestCount) {
      best = place;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A title without a year (国务院关于落实《政府工作报告》重点工作分工的意见): the year of the
 * document number (国发〔2023〕6号) or of the signature date among the first paragraphs.
 */
function yearOfIssue(paragraphs: readonly Paragraph[]): number | null {
  for (const p of paragraphs.slice(0, 8)) {
    const m = /[〔\[(（](\d{4})[〕\])）]\d+号/.exec(p.text) ?? /^(\d{4})年\d{1,2}月\d{1,2}日$/.exec(p.text);
    if (m) return Number(m[1]);
  }
  return null;
}
