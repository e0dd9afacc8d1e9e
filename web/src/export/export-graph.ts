/**
 * The graph an export writes: the visible part of the current view's network, with the
 * attributes a researcher wants in Gephi or yEd (unit kind, role, weight, metrics) and the
 * positions on screen when there are any. Pure, shared by the app and the command line.
 */
import type { ParsedPlan, PlanLevel } from '../../../ingest/model';
import { taskTeams } from '../../../ingest/metrics/task-teams';
import { coOwnership } from '../../../ingest/metrics/co-ownership';
import { unitWorkloads } from '../../../ingest/metrics/workload';
import type { Network, NetworkFilters } from '../graph/network-model';
import type { ViewName } from '../state/view-slice';

export interface ExportNode {
  id: string;
  label: string;
  group: 'unit' | 'task' | 'project';
  kind: string;
  weight: number;
  /** Projects named by two or more tasks, and those tasks. */
  shared: boolean;
  ledTasks: number | null;
  supportedTasks: number | null;
  partners: number | null;
  coordinationLoad: number | null;
  betweenness: number | null;
  x: number | null;
  y: number | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface ExportGraph {
  title: string;
  /** Level of the plan's government: which English names its units take (unit-english.ts). */
  level: PlanLevel | null;
  source: string;
  view: ViewName;
  directed: boolean;
  /** The filters the view was drawn with: pictures state them, file names carry them. */
  filters: NetworkFilters;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export function exportGraph(
  plan: ParsedPlan,
  view: ViewName,
  network: Network,
  positions: Readonly<Record<string, { x: number; y: number }>> = {},
  filters: NetworkFilters = { sections: [], kinds: [], minShared: 1, roles: 'all' },
): ExportGraph {
  const teams = taskTeams(plan);
  const metrics = new Map(unitWorkloads(plan.units.map((u) => u.name), teams, coOwnership(teams)).map((w) => [w.unit, w]));
  const visible = network.nodes.filter((n) => !n.hidden);
  const ids = new Set(visible.map((n) => n.id));
  return {
    title: plan.document.title ?? plan.document.id,
    level: plan.document.level,
    source: plan.document.sourceFile,
    view,
    directed: view !== 'collaboration',
    filters,
    nodes: visible.map((n) => {
      const m = n.group === 'unit' ? metrics.get(n.label) : undefined;
      const p = positions[n.id];
      return {
        id: n.id,
        label: n.label,
        group: n.group,
        kind: n.kind,
        weight: n.weight,
        shared: n.shared,
        ledTasks: m?.ledTasks ?? null,
        supportedTasks: m?.supportedTasks ?? null,
        partners: m?.partners ?? null,
        coordinationLoad: m?.coordinationLoad ?? null,
        betweenness: m?.betweenness ?? null,
        x: p ? Math.round(p.x * 100) / 100 : null,
        y: p ? Math.round(p.y * 100) / 100 : null,
      };
    }),
    edges: network.edges
      .filter((e) => !e.hidden && ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight })),
  };
}
