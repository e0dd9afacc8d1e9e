/**
 * The analysis queries of cypher/ on the seed, checked against an independent computation
 * straight from the parsed plan, without Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { driver, SEED_ID, settings } from '../support/_database';
import { runNamedQuery } from '../../cypher/named-queries';
import { seedPlan } from '../support/_plans';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { unitWorkloads } from '../../ingest/metrics/workload';

let d: Driver;
beforeAll(() => {
  d = driver();
});
afterAll(() => d.close());

const plan = seedPlan();
const teams = taskTeams(plan);
const pairs = coOwnership(teams);
const workloads = unitWorkloads(plan.units.map((u) => u.name), teams, pairs);
const query = (name: Parameters<typeof runNamedQuery>[2], params: Record<string, unknown> = {}) =>
  runNamedQuery(d, settings, name, { document: SEED_ID, ...params });

describe('analysis queries agree with the parsed plan', () => {
  it('workload: every unit’s led, supported, partners and coordination load', async () => {
    const rows = await query('workload');
    expect(rows).toHaveLength(plan.units.length);
    const fromCypher = Object.fromEntries(rows.map((r) => [r.unit, [r.ledTasks, r.primaryLeads, r.supportedTasks, r.partners, r.coordinationLoad]]));
    const fromPlan = Object.fromEntries(workloads.map((w) => [w.unit, [w.ledTasks, w.primaryLeads, w.supportedTasks, w.partners, w.coordinationLoad]]));
    expect(fromCypher).toEqual(fromPlan);
    expect(rows[0]).toMatchObject({ unit: '省发展改革委', ledTasks: 26 });
  });

  it('co-ownership: every pair’s weight and role breakdown, in rank order', async () => {
    const rows = await query('co-ownership', { limit: 10_000 });
    expect(rows.map((r) => [r.a, r.b, r.shared, r.leadLead, r.leadSupport, r.supportSupport, r.ordinals])).toEqual(
      pairs.map((p) => [p.a, p.b, p.shared, p.leadLead, p.leadSupport, p.supportSupport, p.tasks]),
    );
    expect(rows[0]).toMatchObject({ a: '省发展改革委', b: '省工业和信息化厅', shared: 32 });
  });

  it('co-ownership: the threshold drops lighter pairs', async () => {
    const rows = await query('co-ownership', { minShared: 20, limit: 10_000 });
    expect(rows.length).toBe(pairs.filter((p) => p.shared >= 20).length);
    expect(rows.every((r) => (r.shared as number) >= 20)).toBe(true);
  });

  it('bottlenecks: betweenness and lead load, highest first', async () => {
    const rows = await query('bottlenecks', { limit: 10 });
    const expected = [...workloads].sort((a, b) => b.betweenness - a.betweenness || b.ledTasks - a.ledTasks || (a.unit < b.unit ? -1 : 1)).slice(0, 10);
    expect(rows.map((r) => r.unit)).toEqual(expected.map((w) => w.unit));
    for (const [i, row] of rows.entries()) {
      expect(row.betweenness as number).toBeCloseTo(expected[i]!.betweenness, 12);
      expect(row.ledTasks).toBe(expected[i]!.ledTasks);
    }
  });

  it('shared projects: the task pairs tied by a project', async () => {
    const rows = await query('shared-projects');
    expect(rows.map((r) => [r.task1, r.task2, r.projects])).toEqual([
      [46, 47, ['广州港南沙港区四期工程']],
      [46, 64, ['粤东城际铁路']],
    ]);
  });

  it('shared leads: task pairs tied by a lead unit', async () => {
    const rows = await query('shared-leads', { limit: 100_000 });
    const expected = new Map<string, string[]>();
    for (const t1 of teams) {
      for (const t2 of teams) {
        if (t1.task >= t2.task) continue;
        const shared = t1.leads.filter((u) => t2.leads.includes(u)).sort();
        if (shared.length > 0) expected.set(`${t1.task}-${t2.task}`, shared);
      }
    }
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) expect(r.leads).toEqual(expected.get(`${r.ordinal1}-${r.ordinal2}`));
    expect(rows[0]!.shared).toBe(Math.max(...[...expected.values()].map((v) => v.length)));
  });

  it('task complexity: tasks by the number of units involved', async () => {
    const rows = await query('task-complexity', { limit: 5 });
    const expected = [...teams].sort((a, b) => b.members.size - a.members.size || a.task - b.task).slice(0, 5);
    expect(rows.map((r) => [r.ordinal, r.units, r.leads])).toEqual(expected.map((t) => [t.task, t.members.size, t.leads.length]));
    expect(rows[0]).toMatchObject({ task: 119, units: 19 });
  });

  it('refuses parameters outside the schema', async () => {
    await expect(query('co-ownership', { minShared: 0 })).rejects.toThrow();
    await expect(runNamedQuery(d, settings, 'workload', {})).rejects.toThrow();
  });
});
