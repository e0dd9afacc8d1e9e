import { describe, expect, it } from 'vitest';
import { seedPlan } from '../support/_plans';
import { identityContext, unitIdentities } from '../../ingest/corpus/unit-identity';
import { keyedBetweenness, keyedNetwork } from '../../ingest/corpus/keyed-workloads';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { unitWorkloads } from '../../ingest/metrics/workload';

const plan = seedPlan();
const identities = unitIdentities(plan, identityContext());
const teams = taskTeams(plan);
const own = new Map(unitWorkloads(plan.units.map((u) => u.name), teams, coOwnership(teams)).map((w) => [w.unit, w]));

type KeyedScores = Map<string, number>;

function expectSameScores(actual: KeyedScores, expected: KeyedScores) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, value] of expected) expect(actual.get(key)).toBeCloseTo(value, 12);
}

const computed = (ids: typeof identities, by: 'identity' | 'function'): KeyedScores =>
  new Map([...keyedNetwork(plan, ids, by).workloads].map(([key, w]) => [key, w.betweenness]));

describe('betweenness of units joined by identity or function', () => {
  it('is the keyed network’s, taken from the plan’s own when every unit has an identity of its own', () => {
    expect(new Set(identities.map((i) => i.identity)).size).toBe(plan.units.length);
    const scores = keyedBetweenness(plan, identities, 'identity', own);
    expectSameScores(scores, computed(identities, 'identity'));
    // Taken, not computed: the values are the plan's own, bit for bit.
    for (const i of identities) expect(scores.get(i.identity)).toBe(own.get(i.unit)!.betweenness);
    expect([...scores.values()].some((b) => b > 0)).toBe(true);
  });

  it('is computed on the joined network when several units share a key', () => {
    expect(new Set(identities.map((i) => i.function)).size).toBeLessThan(plan.units.length);
    expectSameScores(keyedBetweenness(plan, identities, 'function', own), computed(identities, 'function'));
    // Two units under one identity: joined, so no longer the plan's own numbers.
    const [a, b] = identities;
    const merged = identities.map((i) => (i === b ? { ...i, identity: a!.identity } : i));
    const scores = keyedBetweenness(plan, merged, 'identity', own);
    expectSameScores(scores, computed(merged, 'identity'));
    expect(scores.size).toBe(plan.units.length - 1);
  });
});
