/** Metrics on tiny graphs whose answers can be worked out by hand, and betweenness against networkx. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betweenness, weightedBetweenness } from '../../ingest/metrics/betweenness';
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

describe('weighted betweenness (strength s → length 1/s, as networkx with weight=1/s)', () => {
  it('lets two strong ties tie with one weak one: a–b–c (2, 2) against a–c (1)', () => {
    // a→c directly is 1 long, through b 1/2 + 1/2 = 1: two shortest paths, one through b → 1/2.
    const result = weightedBetweenness(['a', 'b', 'c'], [['a', 'b', 2], ['b', 'c', 2], ['a', 'c', 1]]);
    expect(result).toEqual(new Map([['a', 0], ['b', 0.5], ['c', 0]]));
    // Unweighted, the direct edge is the only shortest path.
    expect(betweenness(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]).get('b')).toBe(0);
  });

  it('routes through the stronger ties: a–b–c (3, 3) is 2/3 long, a–c (1) is 1', () => {
    expect(weightedBetweenness(['a', 'b', 'c'], [['a', 'b', 3], ['b', 'c', 3], ['a', 'c', 1]]).get('b')).toBe(1);
  });

  it('ties only equal sums, as networkx adds them: 1/10 + 1/5 is not 1/(10/3) in floating point', () => {
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3: the direct edge is strictly shorter, b carries nothing
    // (igraph, which compares with a tolerance, would give b 1/2 here).
    expect(weightedBetweenness(['a', 'b', 'c'], [['a', 'b', 10], ['b', 'c', 5], ['a', 'c', 10 / 3]]).get('b')).toBe(0);
  });

  it('counts shortest paths in a weighted square with a chord (worked by hand)', () => {
    // Sides a–b, b–c, c–d, d–a of strength 1 (length 1), chord a–c of strength 4 (length 1/4).
    // Every adjacent pair's side is shorter than a detour over the chord (1 < 1.25). b to d:
    // b–a–d and b–c–d are 2 long, b–a–c–d and b–c–a–d 2.25: two shortest paths, one through a,
    // one through c. So a and c each carry 1/2 of one of the 3 pairs of the others: 1/6.
    const result = weightedBetweenness(['a', 'b', 'c', 'd'], [['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 1], ['a', 'c', 4]]);
    expect(result.get('b')).toBe(0);
    expect(result.get('d')).toBe(0);
    expect(result.get('a')).toBeCloseTo(1 / 6, 15);
    expect(result.get('c')).toBeCloseTo(1 / 6, 15);
  });

  it('keeps the last strength of a pair given twice, and separate components apart', () => {
    const edges: Array<[string, string, number]> = [['a', 'b', 2], ['b', 'c', 2], ['a', 'c', 3], ['a', 'c', 1], ['x', 'y', 1], ['y', 'z', 1]];
    const result = weightedBetweenness(['a', 'b', 'c', 'x', 'y', 'z'], edges);
    // Within a–b–c the tie of the first test: 1/2; y joins x and z: 1. Over (6−1)(6−2)/2 = 10 pairs.
    expect(result.get('b')).toBeCloseTo(0.5 / 10, 15);
    expect(result.get('y')).toBeCloseTo(1 / 10, 15);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a strength of %s, naming the edge', (strength) => {
    expect(() => weightedBetweenness(['a', 'b'], [['a', 'b', strength]])).toThrow(/edge a–b: strength .* is not a positive finite number/);
  });
});

describe('betweenness equals networkx on a 60-unit network', () => {
  // Written by betweenness_reference.py (networkx); see its "about" for how to regenerate it.
  const fixture = JSON.parse(readFileSync(new URL('../corpus/betweenness/networkx-60.json', import.meta.url), 'utf8')) as {
    nodes: string[];
    edges: Array<[string, string, number]>;
    unweighted: number[];
    weighted: number[];
  };

  it.each([
    ['unweighted', () => betweenness(fixture.nodes, fixture.edges.map(([a, b]) => [a, b] as const)), fixture.unweighted],
    ['weighted', () => weightedBetweenness(fixture.nodes, fixture.edges), fixture.weighted],
  ] as const)('%s: every unit within 1e-15 of networkx', (_kind, compute, expected) => {
    const ours = compute();
    expect(expected.filter((v) => v > 0).length).toBeGreaterThan(30);
    fixture.nodes.forEach((node, i) => expect(Math.abs(ours.get(node)! - expected[i]!), node).toBeLessThan(1e-15));
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
