/**
 * Numbered headings between a section and its tasks. Some plans group tasks under
 * sub-headings — 一、 a part, (一) a group, 1. the tasks, each with its division — where the
 * layout of the Chengdu kind uses the same (一) for the tasks themselves and 1. for their
 * measures. What tells them apart is where the divisions fall: between two tasks there is
 * exactly one division; between two sub-headings there are several. A numbering form whose
 * items mostly span two or more divisions, beside another form whose items span one each,
 * numbers sub-headings.
 */
import { looksLikeHeading, type ParagraphShape } from './classify-paragraph';
import type { NumberForm } from './numbering-marker';

const UNIT_LABELS = new Set(['mixed', 'lead', 'support', 'responsible']);

/** Indexes of the paragraphs that are sub-headings. */
export function subHeadings(shapes: readonly ParagraphShape[], texts: readonly string[]): Set<number> {
  const divisionsAfter = new Map<number, number>();
  const byForm = new Map<NumberForm, number[]>();
  shapes.forEach((shape, i) => {
    if (shape.kind !== 'numbered') return;
    const form = shape.marker.form;
    byForm.set(form, [...(byForm.get(form) ?? []), i]);
    divisionsAfter.set(i, divisionsUntilNext(shapes, i, form));
  });
  const share = (items: readonly number[], test: (n: number) => boolean) => items.filter((i) => test(divisionsAfter.get(i)!)).length / items.length;
  const taskLike = [...byForm].filter(([, items]) => share(items, (n) => n === 1) >= 0.6);
  const found = new Set<number>();
  if (taskLike.length === 0) return found;
  const taskForms = new Set(taskLike.map(([form]) => form));
  const headingForms = new Set([...byForm].filter(([form, items]) => !taskForms.has(form) && share(items, (n) => n >= 2) >= 0.5).map(([form]) => form));
  // A measure line stands inside a task that has not yet had its division; a sub-heading
  // comes after a division (or a section heading), when no task is open.
  let taskOpen = false;
  shapes.forEach((shape, i) => {
    if (shape.kind === 'section-heading') taskOpen = false;
    if (shape.kind === 'numbered') {
      const form = shape.marker.form;
      // Within a form of sub-headings, one heading may stand over a single task (or over tasks
      // whose divisions were lost): it still heads tasks when the next numbered line is one.
      const headsTask = taskForms.has(nextNumberedForm(shapes, i) ?? form);
      if (headingForms.has(form) && !taskOpen && !shape.division && headsTask && looksLikeHeading(texts[i]!)) found.add(i);
      else if (taskForms.has(form)) taskOpen = true;
    }
    if (hasUnitDivision(shape)) taskOpen = false;
  });
  return found;
}

/** Divisions between a numbered paragraph and the next one of its form (or the next section). */
function divisionsUntilNext(shapes: readonly ParagraphShape[], from: number, form: NumberForm): number {
  let count = 0;
  for (let i = from; i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (i > from && (shape.kind === 'section-heading' || (shape.kind === 'numbered' && shape.marker.form === form))) break;
    if (hasUnitDivision(shape)) count++;
  }
  return count;
}

function hasUnitDivision(shape: ParagraphShape): boolean {
  const parts = shape.kind === 'division' ? shape.parts : 'division' in shape ? shape.division : null;
  return parts?.some((p) => UNIT_LABELS.has(p.label)) ?? false;
}

function nextNumberedForm(shapes: readonly ParagraphShape[], from: number): NumberForm | null {
  for (let i = from + 1; i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (shape.kind === 'section-heading') return null;
    if (shape.kind === 'numbered') return shape.marker.form;
  }
  return null;
}
