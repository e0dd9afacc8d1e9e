/**
 * Links name things as readers do (`unit=省发展改革委`, `task=12`, `task=二(三)`,
 * `pair=省发展改革委,省财政厅`, `project=…`). Once the plan is there, each is looked up; what
 * the plan does not have becomes a notice the page shows, never a blank or another view.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { taskLabel } from '../graph/network-model';
import { selectionOf, refOfSelection, type Selection } from './view-slice';
import { parseRefId } from './node-ref';
import type { RequestedLink } from './view-state';

export type { RequestedLink } from './view-state';

export interface LinkNotice {
  /**
   * `setting`: a parameter of the view with a value it does not know (`min=-2`), left at its
   * default; `arrangement`: a layout saved in this browser that could not be read, ignored.
   */
  kind: 'unit' | 'task' | 'project' | 'pair' | 'section' | 'document' | 'setting' | 'arrangement';
  /** What the link asked for, as written. */
  value: string;
}

export interface ResolvedLink {
  selected: Selection;
  /** A unit named beside a task: its words are marked in the task's division. */
  focusUnit: string | null;
  sections: number[];
  notices: LinkNotice[];
}

/** A unit by its canonical name or any spelling the plan uses for it. */
export function findUnit(plan: ParsedPlan, name: string): string | null {
  const ref = parseRefId(name);
  const wanted = ref?.kind === 'unit' ? ref.name : name;
  return (plan.units.find((u) => u.name === wanted) ?? plan.units.find((u) => u.aliases.includes(wanted)))?.name ?? null;
}

/** A task by its label (`12`, `二(三)`), `第12项`, or the older `task:<ordinal>` and `#<ordinal>` forms. */
export function findTask(plan: ParsedPlan, value: string): number | null {
  const v = value.trim();
  const ordinal = /^(?:task:|#)(\d+)$/.exec(v);
  if (ordinal) return plan.tasks.find((t) => t.ordinal === Number(ordinal[1]))?.ordinal ?? null;
  const label = /^第\s*(.+?)\s*项$/.exec(v)?.[1] ?? v;
  return (plan.tasks.find((t) => t.label === label) ?? plan.tasks.find((t) => t.number !== null && String(t.number) === label))?.ordinal ?? null;
}

export function findProject(plan: ParsedPlan, name: string): string | null {
  const ref = parseRefId(name);
  const wanted = ref?.kind === 'project' ? ref.name : name;
  return (plan.projects.find((p) => p.name === wanted) ?? plan.projects.find((p) => p.aliases.includes(wanted)))?.name ?? null;
}

/**
 * What a link selects. Given several, the most specific wins — a task, then a pair, a project,
 * a unit — and a unit named beside a task is the one whose words the task marks.
 */
export function resolveLink(plan: ParsedPlan, link: RequestedLink): ResolvedLink {
  const notices: LinkNotice[] = [];
  let selected: Selection = null;
  let focusUnit: string | null = null;
  if (link.unit !== undefined) {
    const name = findUnit(plan, link.unit);
    if (name) selected = selectionOf({ kind: 'unit', name });
    else notices.push({ kind: 'unit', value: link.unit });
    focusUnit = name;
  }
  if (link.project !== undefined) {
    const name = findProject(plan, link.project);
    if (name) selected = selectionOf({ kind: 'project', name });
    else notices.push({ kind: 'project', value: link.project });
  }
  if (link.pair !== undefined) {
    const names = link.pair.split(',').map((n) => findUnit(plan, n.trim()));
    if (names.length === 2 && names[0] && names[1] && names[0] !== names[1]) selected = selectionOf({ kind: 'pair', units: [names[0], names[1]] });
    else notices.push({ kind: 'pair', value: link.pair });
  }
  if (link.task !== undefined) {
    const ordinal = findTask(plan, link.task);
    if (ordinal !== null) selected = selectionOf({ kind: 'task', ordinal });
    else notices.push({ kind: 'task', value: link.task });
  }
  const known = new Set(plan.sections.map((s) => s.number));
  const sections = (link.sections ?? []).filter((n) => known.has(n));
  for (const n of link.sections ?? []) if (!known.has(n)) notices.push({ kind: 'section', value: String(n) });
  return { selected, focusUnit, sections, notices };
}

/** The selection as a link parameter: its name, the task's label, or the two units of a pair. */
export function selectionParam(plan: ParsedPlan | null, selected: NonNullable<Selection>): [string, string] {
  const ref = refOfSelection(selected);
  switch (ref?.kind) {
    case 'unit':
    case 'project':
      return [ref.kind, ref.name];
    case 'pair':
      return ['pair', ref.units.join(',')];
    case 'task': {
      const task = plan?.tasks.find((t) => t.ordinal === ref.ordinal);
      return ['task', task ? taskLabel(task) : `#${ref.ordinal}`];
    }
    default:
      return [selected.type, selected.id];
  }
}
