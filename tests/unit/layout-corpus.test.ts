/**
 * Every plan of the layout corpus read exactly as its hand-checked expectation says: the
 * tasks with their sections and written numbers, ordered leads and supports, leaders,
 * deadlines, and the document's level, region, year and announced conventions.
 */
import { describe, expect, it } from 'vitest';
import { corpusPlanNames, itReadsAsExpected, readCorpusPlan } from '../support/_corpus';

const names = corpusPlanNames();

describe('the layout corpus', () => {
  it('holds at least eight plans', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(names)('%s', (name) => {
    const corpusPlan = readCorpusPlan(name);
    const { plan } = corpusPlan;
    itReadsAsExpected(corpusPlan);

    it('keeps leaders out of the units', () => {
      const leaders = new Set(plan.tasks.flatMap((t) => t.leaders));
      expect(plan.units.filter((u) => leaders.has(u.name))).toEqual([]);
    });
  });
});
