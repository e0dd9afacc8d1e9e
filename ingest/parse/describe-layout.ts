/**
 * What the report says of a document's layout: how its task headlines are numbered, how
 * divisions are written, whether numbers restart in every section, the conventions it
 * announces. Counted from the skeleton, most used first, so a reader can check that the
 * parser recognised the plan the way they see it.
 */
import type { Convention, PlanLayout } from '../model';
import type { TaskBlock } from './segment-plan';

const FORM_NAMES = { 'chinese-paren': '(一)', 'arabic-dot': '1.', 'arabic-paren': '(1)', circled: '①', 'chinese-comma': '一、' } as const;

export function layoutOf(blocks: readonly TaskBlock[], restarts: boolean, conventions: readonly Convention[]): PlanLayout {
  const numbering = new Map<string, number>();
  const divisions = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const block of blocks) {
    if (block.marker) count(numbering, block.marker.form === 'arabic-dot' && block.marker.text.endsWith('、') ? '1、' : FORM_NAMES[block.marker.form]);
    else count(numbering, 'unnumbered');
    if (block.division) count(divisions, divisionForm(block));
  }
  return {
    taskNumbering: mostUsedFirst(numbering),
    numberingRestartsInSections: restarts,
    divisionForms: mostUsedFirst(divisions),
    conventions: [...conventions],
  };
}

function divisionForm(block: TaskBlock): string {
  const division = block.division!;
  const paragraph = division.paragraphs[0]!;
  const ownParagraph = !block.headline || paragraph !== block.headline.paragraph;
  const inMeasures = block.measures.some((m) => m.paragraph === paragraph);
  if (division.parts.some((p) => p.label === 'mixed')) {
    if (!ownParagraph || inMeasures) return 'trailing parenthesis';
    return paragraph.text.startsWith('(') || paragraph.text.startsWith('（') ? 'parenthesis on its own line' : '部门分工 paragraph';
  }
  if (!ownParagraph || inMeasures) return 'labelled clauses in the task text';
  return division.paragraphs.length > 1 ? 'labelled lines' : 'labelled line';
}

function mostUsedFirst(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
