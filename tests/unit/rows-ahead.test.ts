import { describe, expect, it } from 'vitest';
import { seedPlan } from '../support/_plans';
import { graphRows } from '../../ingest/load/graph-rows';
import { rowsAhead } from '../../ingest/load/rows-ahead';
import { ParsedPlan } from '../../ingest/model';

const seed = seedPlan();

describe('rows made ahead for the next plan of a corpus', () => {
  it('are the rows graphRows makes of that plan, taken once', () => {
    const ahead = rowsAhead();
    ahead.make(seed)();
    expect(ahead.take(seed)).toEqual(graphRows(seed));
    expect(ahead.take(seed)).toBeUndefined();
  });

  it('are not given to another plan, or to the same plan loaded with other facts', () => {
    const ahead = rowsAhead();
    const copy = ParsedPlan.parse(JSON.parse(JSON.stringify(seed)));
    ahead.make(seed)();
    expect(ahead.take(copy)).toBeUndefined();
    ahead.make(seed)();
    expect(ahead.take(seed, { given: [] })).toBeUndefined();
  });

  it('are left to the load when the plan cannot be made into rows', () => {
    const ahead = rowsAhead();
    const broken = { ...seed, assignments: [{ ...seed.assignments[0]!, unit: '不存在的单位' }] };
    expect(() => graphRows(broken)).toThrow();
    ahead.make(broken)();
    expect(ahead.take(broken)).toBeUndefined();
  });
});
