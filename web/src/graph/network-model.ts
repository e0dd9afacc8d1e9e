/**
 * The three networks of a plan as plain nodes and edges, filtered by the view state.
 * Every element of the unfiltered network is always present; what a filter removes is
 * marked `hidden`, so the layout of the whole stays put when a filter changes.
 */
import type { ParsedPlan, ProjectKind, Task, UnitKind } from '../../../ingest/model';
import { pairKey, partMetrics } from '../data/plan-metrics';
import type { RolesMode, ViewName } from '../state/view-slice';

export interface NetworkNode {
  id: string;
  group: 'unit' | 'task' | 'project';
  label: string;
  kind: UnitKind | ProjectKind | 'task';
  /** Size driver: coordination load for units, task count for projects, units for tasks. */
  weight: number;
  hidden: boolean;
  /** Projects named by two or more tasks, and those tasks. */
  shared: boolean;
  /** Units: coordination load over the tasks shown, which decides whose label always shows. */
  load?: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: 'co-owns' | 'leads' | 'supports' | 'mentions';
  weight: number;
  hidden: boolean;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkFilters {
  sections: readonly number[];
  kinds: readonly UnitKind[];
  minShared: number;
  roles: RolesMode;
  /** Units without a visible tie are hidden unless this is true (collaboration view). */
  showIsolated?: boolean;
}

export const unitId = (name: string) => `unit:${name}`;
export const taskId = (ordinal: number) => `task:${ordinal}`;
export const projectId = (name: string) => `project:${name}`;
/** Two units as one selection, names in code-point order (as co-ownership lists them). */
export const pairId = (a: string, b: string) => `pair:${a < b ? `${a},${b}` : `${b},${a}`}`;

/** The task as readers name it: 12, or 二(三) where numbers restart in every section. */
export function taskLabel(task: Pick<Task, 'label' | 'ordinal'>): string {
  return task.label ?? `#${task.ordinal}`;
}

export function buildNetwork(view: ViewName, plan: ParsedPlan, filters: NetworkFilters): Network {
  if (view === 'assignments') return assignmentNetwork(plan, filters);
  if (view === 'projects') return projectNetwork(plan, filters);
  return collaborationNetwork(plan, filters);
}

/** Whether a unit passes the unit-kind filter (an empty filter shows every kind). */
const kindShown = (plan: ParsedPlan, kinds: readonly UnitKind[]) => {
  const kindOf = new Map(plan.units.map((u) => [u.name, u.kind]));
  return (unit: string) => kinds.length === 0 || kinds.includes(kindOf.get(unit)!);
};

const inSections = (plan: ParsedPlan, sections: readonly number[]) => {
  const shown = new Set(plan.tasks.filter((t) => sections.length === 0 || (t.section !== null && sections.includes(t.section))).map((t) => t.ordinal));
  return (ordinal: number) => shown.has(ordinal);
};

function collaborationNetwork(plan: ParsedPlan, filters: NetworkFilters): Network {
  const shownKind = kindShown(plan, filters.kinds);
  // Counted once per plan and choice of sections (plan-metrics.ts); the rest only hides and weighs.
  const allPairs = partMetrics(plan, []).pairs;
  const { pairByKey: pairs, loads, active } = partMetrics(plan, filters.sections);
  const nodes: NetworkNode[] = plan.units.map((u) => ({
    id: unitId(u.name),
    group: 'unit',
    label: u.name,
    kind: u.kind,
    weight: loads.get(u.name)?.coordinationLoad ?? 0,
    load: loads.get(u.name)?.coordinationLoad ?? 0,
    hidden: !active.has(u.name) || !shownKind(u.name),
    shared: false,
  }));
  const edges: NetworkEdge[] = allPairs.map((full) => {
    const p = pairs.get(pairKey(full.a, full.b));
    const weight = p ? (filters.roles === 'all' ? p.shared : p.leadLead + p.leadSupport) : 0;
    return {
      id: `co:${full.a}\u0000${full.b}`,
      source: unitId(full.a),
      target: unitId(full.b),
      type: 'co-owns',
      weight,
      hidden: weight < filters.minShared || !shownKind(full.a) || !shownKind(full.b),
    };
  });
  if (!filters.showIsolated) {
    // A unit with no tie at this threshold says nothing about collaboration and only crowds the picture.
    const tied = new Set(edges.filter((e) => !e.hidden).flatMap((e) => [e.source, e.target]));
    for (const n of nodes) if (!tied.has(n.id)) n.hidden = true;
  }
  return { nodes, edges };
}

function assignmentNetwork(plan: ParsedPlan, filters: NetworkFilters): Network {
  const shownKind = kindShown(plan, filters.kinds);
  const taskShown = inSections(plan, filters.sections);
  const visible = plan.assignments.filter((a) => taskShown(a.task) && shownKind(a.unit) && (filters.roles === 'all' || a.role === 'lead'));
  const visibleUnits = new Set(visible.map((a) => a.unit));
  const visibleTasks = new Set(visible.map((a) => a.task));
  const assignedTasks = new Set(plan.assignments.map((a) => a.task));
  const { loads } = partMetrics(plan, filters.sections);
  const nodes: NetworkNode[] = [
    ...plan.units.map((u) => ({
      id: unitId(u.name),
      group: 'unit' as const,
      label: u.name,
      kind: u.kind,
      load: loads.get(u.name)?.coordinationLoad ?? 0,
      weight: plan.assignments.filter((a) => a.unit === u.name).length,
      hidden: !visibleUnits.has(u.name),
      shared: false,
    })),
    ...plan.tasks
      .filter((t) => assignedTasks.has(t.ordinal))
      .map((t) => ({
        id: taskId(t.ordinal),
        group: 'task' as const,
        label: taskLabel(t),
        kind: 'task' as const,
        weight: t.leads.length + t.supports.length,
        hidden: !visibleTasks.has(t.ordinal),
        shared: false,
      })),
  ];
  const shown = new Set(visible.map((a) => `${a.unit}\u0000${a.task}\u0000${a.role}`));
  const edges: NetworkEdge[] = plan.assignments.map((a) => ({
    id: `${a.role}:${a.unit}\u0000${a.task}`,
    source: unitId(a.unit),
    target: taskId(a.task),
    type: a.role === 'lead' ? 'leads' : 'supports',
    weight: 1,
    hidden: !shown.has(`${a.unit}\u0000${a.task}\u0000${a.role}`),
  }));
  return { nodes, edges };
}

function projectNetwork(plan: ParsedPlan, filters: NetworkFilters): Network {
  const taskShown = inSections(plan, filters.sections);
  const mentionedTasks = new Set(plan.mentions.map((m) => m.task));
  const sharedProjects = new Set(plan.projects.filter((p) => p.tasks.length > 1).map((p) => p.name));
  const dependentTasks = new Set(plan.mentions.filter((m) => sharedProjects.has(m.project)).map((m) => m.task));
  const visibleProjects = new Set(plan.mentions.filter((m) => taskShown(m.task)).map((m) => m.project));
  const nodes: NetworkNode[] = [
    ...plan.projects.map((p) => ({
      id: projectId(p.name),
      group: 'project' as const,
      label: p.name,
      kind: p.kind,
      weight: p.tasks.length,
      hidden: !visibleProjects.has(p.name),
      shared: sharedProjects.has(p.name),
    })),
    ...plan.tasks
      .filter((t) => mentionedTasks.has(t.ordinal))
      .map((t) => ({
        id: taskId(t.ordinal),
        group: 'task' as const,
        label: taskLabel(t),
        kind: 'task' as const,
        weight: t.projects.length,
        hidden: !taskShown(t.ordinal),
        shared: dependentTasks.has(t.ordinal),
      })),
  ];
  const seen = new Set<string>();
  const edges: NetworkEdge[] = [];
  for (const m of plan.mentions) {
    const id = `mention:${m.task}\u0000${m.project}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: taskId(m.task), target: projectId(m.project), type: 'mentions', weight: sharedProjects.has(m.project) ? 2 : 1, hidden: !taskShown(m.task) });
  }
  return { nodes, edges };
}
