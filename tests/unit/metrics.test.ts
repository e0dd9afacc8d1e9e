/** Metrics on tiny graphs whose answers can be worked out by hand. */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../ingest/metrics/betweenness';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { unitWorkloads } from '../../ingest/metrics/workload';
import { seedPlan } from '../support/_plans';

describe('betweenness (normalised like networkx)', () => {
  it('gives the centre of a path a = b = c the whole score', () => {
    // One pair (a, c) of the other nodes, and its only shortest path runs through b: 1/1.
    expect(betweenness(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])).toEqual(new Map([['a', 0], ['b', 1], ['c', 0]]));
  });

  it('gives the hub of a star with four leaves 1 and the leaves 0', () => {
    const result = betweenness(['h', 'p', 'q', 'r', 's'], [['h', 'p'], ['h', 'q'], ['h', 'r'], ['h', 's']]);
    expect(result.get('h')).toBe(1);
    expect(result.get('p')).toBe(0);
  });

  it('splits shortest paths in a four-cycle a-b-c-d: each node carries half of one pair', () => {
    // Pairs not involving b among a, c, d: (a,c) has two shortest paths, one via b → 1/2;
    // (a,d) and (c,d) are adjacent → 0. Raw 1/2 over 3 pairs = 1/6.
    const result = betweenness(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    for (const node of ['a', 'b', 'c', 'd']) expect(result.get(node)).toBeCloseTo(1 / 6, 12);
  });

  it('counts the bridge of two triangles joined at one node', () => {
    // a,b,x and x,c,d: every pair across the bridge (2 × 2 = 4 pairs) goes through x;
    // 4 of the 6 pairs among the other 4 nodes → 4/6.
    const result = betweenness(['a', 'b', 'x', 'c', 'd'], [['a', 'b'], ['a', 'x'], ['b', 'x'], ['x', 'c'], ['x', 'd'], ['c', 'd']]);
    expect(result.get('x')).toBeCloseTo(4 / 6, 12);
    expect(result.get('a')).toBe(0);
  });

  it('is 0 for graphs of two nodes or fewer and ignores self-loops and repeated edges', () => {
    expect(betweenness(['a', 'b'], [['a', 'b']])).toEqual(new Map([['a', 0], ['b', 0]]));
    expect(betweenness(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['b', 'b'], ['b', 'c']]).get('b')).toBe(1);
  });
});

describe('co-ownership and workload', () => {
  // Task 1: L leads, S1 and S2 support. Task 2: L and M lead, S1 supports.
  const plan = {
    tasks: [],
    assignments: [
      { task: 1, unit: 'L', role: 'lead', order: 1 },
      { task: 1, unit: 'S1', role: 'support', order: 1 },
      { task: 1, unit: 'S2', role: 'support', order: 2 },
      { task: 2, unit: 'L', role: 'lead', order: 1 },
      { task: 2, unit: 'M', role: 'lead', order: 2 },
      { task: 2, unit: 'S1', role: 'support', order: 1 },
    ].map((a) => ({ ...a, surface: a.unit, span: { line: 1, paragraph: 1, start: 0, end: 1 } })),
  } as unknown as Parameters<typeof taskTeams>[0];
  const teams = taskTeams({ ...plan, tasks: [{ ordinal: 1 }, { ordinal: 2 }] as never });

  it('counts shared tasks per pair with the role breakdown', () => {
    expect(coOwnership(teams).map((p) => [p.a, p.b, p.shared, p.leadLead, p.leadSupport, p.supportSupport])).toEqual([
      ['L', 'S1', 2, 0, 2, 0],
      ['L', 'M', 1, 1, 0, 0],
      ['L', 'S2', 1, 0, 1, 0],
      ['M', 'S1', 1, 0, 1, 0],
      ['S1', 'S2', 1, 0, 0, 1],
    ]);
  });

  it('computes led, supported, partners and coordination load as documented', () => {
    const rows = unitWorkloads(['L', 'M', 'S1', 'S2'], teams, coOwnership(teams));
    const byUnit = Object.fromEntries(rows.map((r) => [r.unit, [r.ledTasks, r.primaryLeads, r.supportedTasks, r.partners, r.coordinationLoad]]));
    // L leads both: (3−1) + (3−1) = 4. M leads task 2: 2. S1 supports both: 1 + 2 leads = 3. S2: 1.
    expect(byUnit).toEqual({ L: [2, 2, 0, 3, 4], M: [1, 0, 0, 2, 2], S1: [0, 0, 2, 3, 3], S2: [0, 0, 1, 2, 1] });
  });
});

describe('metrics of the seed', () => {
  it('finds 省发展改革委 and 省工业和信息化厅 co-owning 32 tasks', () => {
    const plan = seedPlan();
    const pair = coOwnership(taskTeams(plan)).find((p) => p.a === '省发展改革委' && p.b === '省工业和信息化厅');
    expect(pair?.shared).toBe(32);
  });
});
