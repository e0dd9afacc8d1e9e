/**
 * The page counts a plan once: the networks take coordination load and ties from the numbers
 * kept per plan and choice of sections, and these are the numbers the pure metrics give for
 * that part of the plan; rankings computed in the page get the database's betweenness.
 */
import { describe, expect, it } from 'vitest';
import { seedPlan } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { partMetrics } from '../../web/src/data/plan-metrics';
import { localRankings } from '../../web/src/data/plan-source';
import { completeRankings } from '../../web/src/data/rankings-betweenness';
import { filteredPlan } from '../../web/src/data/filtered-rankings';
import { unitWorkloads } from '../../ingest/metrics/workload';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { coOwnership } from '../../ingest/metrics/co-ownership';

const plan = seedPlan();
const filters = { sections: [] as number[], kinds: [], minShared: 3, roles: 'all' as const };

/** The numbers of the tasks in these sections, computed from scratch. */
function direct(sections: number[]) {
  const tasks = plan.tasks.filter((t) => sections.length === 0 || (t.section !== null && sections.includes(t.section)));
  const shown = new Set(tasks.map((t) => t.ordinal));
  const teams = taskTeams({ tasks, assignments: plan.assignments.filter((a) => shown.has(a.task)) });
  const pairs = coOwnership(teams);
  return { pairs, workload: unitWorkloads(plan.units.map((u) => u.name), teams, pairs) };
}

describe('numbers kept per plan', () => {
  it.each([[[]], [[5]], [[2, 5]]])('size units by the coordination load of sections %j and weigh ties by their shared tasks', (sections) => {
    const { pairs, workload } = direct(sections);
    const network = buildNetwork('collaboration', plan, { ...filters, sections });
    const weight = new Map(network.nodes.map((n) => [n.label, n.weight]));
    expect(Object.fromEntries(plan.units.map((u) => [u.name, weight.get(u.name)]))).toEqual(Object.fromEntries(workload.map((w) => [w.unit, w.coordinationLoad])));
    const ties = network.edges.filter((e) => e.weight > 0).map((e) => [e.source, e.target, e.weight]);
    expect(ties.sort()).toEqual(pairs.map((p) => [`unit:${p.a}`, `unit:${p.b}`, p.shared]).sort());
    const assignments = buildNetwork('assignments', plan, { ...filters, sections });
    const load = new Map(assignments.nodes.filter((n) => n.group === 'unit').map((n) => [n.label, n.load]));
    expect(workload.every((w) => load.get(w.unit) === w.coordinationLoad)).toBe(true);
  });

  it('are counted once per plan and choice of sections, in any order', () => {
    expect(partMetrics(plan, [5, 2])).toBe(partMetrics(plan, [2, 5]));
    expect(partMetrics(plan, [])).not.toBe(partMetrics(plan, [5]));
    expect(partMetrics({ ...plan }, [])).not.toBe(partMetrics(plan, []));
  });

  it('give rankings whose betweenness, once added, is the pure function’s to the last digit', () => {
    for (const part of [plan, filteredPlan(plan, [5], ['department'])!]) {
      const teams = taskTeams(part);
      const expected = unitWorkloads(part.units.map((u) => u.name), teams, coOwnership(teams));
      const local = localRankings(part);
      expect(local.workload.every((r) => r.betweenness === null)).toBe(true);
      const byUnit = new Map(completeRankings(part, local).workload.map((r) => [r.unit, r]));
      for (const w of expected) expect(byUnit.get(w.unit)).toEqual({ ...w, kind: part.units.find((u) => u.name === w.unit)!.kind });
    }
  });
});
