/**
 * What the selection lights up in the current view. A node of the view is emphasised with
 * its neighbours; a task, project or pair that is not a node of the view lights up the units
 * (and tasks) it involves and the ties among them. Pure.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { refOfSelection, type Selection } from '../state/view-slice';
import { taskId, unitId, type Network } from './network-model';

export interface Lit {
  /** Element id of the selected node when it is a node of this view. */
  node: string | null;
  /** Nodes lit up by a selection that is not a node of this view; null when none. */
  nodes: ReadonlySet<string> | null;
  /** The tie of a selected pair, when the view draws it. */
  edge: string | null;
}

const NOTHING: Lit = { node: null, nodes: null, edge: null };

export function litBy(plan: ParsedPlan, network: Network, selected: Selection): Lit {
  const ref = refOfSelection(selected);
  if (!selected || !ref) return NOTHING;
  const present = new Set(network.nodes.filter((n) => !n.hidden).map((n) => n.id));
  if (ref.kind !== 'pair' && present.has(selected.id)) return { node: selected.id, nodes: null, edge: null };
  let tasks: number[] = [];
  let units: string[] = [];
  let edge: string | null = null;
  if (ref.kind === 'task') tasks = [ref.ordinal];
  else if (ref.kind === 'project') tasks = plan.projects.find((p) => p.name === ref.name)?.tasks ?? [];
  else if (ref.kind === 'pair') {
    const [a, b] = ref.units;
    units = [a, b];
    const of = (u: string) => new Set(plan.assignments.filter((x) => x.unit === u).map((x) => x.task));
    const [ta, tb] = [of(a), of(b)];
    tasks = [...ta].filter((t) => tb.has(t));
    edge = network.edges.find((e) => e.type === 'co-owns' && ((e.source === unitId(a) && e.target === unitId(b)) || (e.source === unitId(b) && e.target === unitId(a))))?.id ?? null;
  }
  if (ref.kind !== 'pair') units = [...new Set(plan.assignments.filter((a) => tasks.includes(a.task)).map((a) => a.unit))];
  const ids = [...units.map(unitId), ...(ref.kind === 'pair' && network.nodes.some((n) => n.group === 'unit') ? [] : tasks.map(taskId)), ...(ref.kind === 'project' ? [selected.id] : [])];
  const nodes = new Set(ids.filter((id) => present.has(id)));
  return nodes.size > 0 ? { node: null, nodes, edge } : NOTHING;
}

/**
 * Nodes whose label always shows: the heaviest visible units by coordination load; in the
 * project view, which has no units, the projects named by several tasks, then the most named.
 */
export const PROMINENT = 15;

export function prominentNodes(network: Network): Set<string> {
  const visible = network.nodes.filter((n) => !n.hidden);
  const units = visible.filter((n) => n.group === 'unit');
  const pool = units.length > 0 ? units : visible.filter((n) => n.group === 'project');
  const score = (n: (typeof pool)[number]) => (n.shared ? 1e6 : 0) + (n.load ?? n.weight);
  return new Set([...pool].sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : 1)).slice(0, PROMINENT).map((n) => n.id));
}
