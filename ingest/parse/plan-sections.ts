/**
 * Sections of a plan and the level prefix its units carry: a heading lost before the first
 * surviving one is kept as a section without a title, and the prefix most division groups
 * open with (省 in a provincial plan) is what a bare department name inherits.
 */
import type { Section } from '../model';
import type { SectionHeading, TaskBlock } from './segment-plan';
import { levelPrefixOf } from './resolve-units';
import type { UnitDictionary } from './unit-dictionary';

/** Sections from headings; tasks before the first heading n > 1 sit in section n-1, heading lost. */
export function sectionsOf(headings: readonly SectionHeading[], blocks: readonly TaskBlock[]): Section[] {
  const sections: Section[] = headings.map((h) => ({
    number: h.number,
    title: h.title,
    span: { line: h.paragraph.line, paragraph: h.paragraph.index, start: h.paragraph.start, end: h.paragraph.start + h.paragraph.text.length },
  }));
  const first = headings[0];
  if (first && first.number > 1 && blocks.some((b) => b.section === null)) {
    sections.unshift({ number: first.number - 1, title: null, span: null });
  }
  return sections;
}

export function sectionOfBlock(block: TaskBlock, sections: readonly Section[]): number | null {
  if (block.section !== null) return block.section;
  const lost = sections.find((s) => s.title === null);
  return lost ? lost.number : null;
}

/** A name of a list, with the separator before it. */
const LIST_ITEM = /(?:^|[,;、])([^,;、]+)/g;

/** The level prefix most division groups open with (省 in a provincial plan). */
export function mostCommonPrefix(blocks: readonly TaskBlock[], dict: UnitDictionary): string | null {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const part of block.division?.parts ?? []) {
      if (part.label === 'leaders' || part.label === 'deadline') continue;
      // exec on one shared pattern rather than matchAll, which copies the pattern and builds
      // an iterator for every part; a name is never empty, so the loop always advances.
      LIST_ITEM.lastIndex = 0;
      for (let m = LIST_ITEM.exec(part.text); m; m = LIST_ITEM.exec(part.text)) {
        const prefix = levelPrefixOf(m[1]!, dict);
        if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  for (const [prefix, count] of counts) if (best === null || count > counts.get(best)!) best = prefix;
  return best;
}
