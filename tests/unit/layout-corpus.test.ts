/**
 * Every plan of the layout corpus read exactly as its hand-checked expectation says: the
 * tasks with their sections and written numbers, ordered leads and supports, leaders,
 * deadlines, and the document's level, region, year and announced conventions.
 */
import { describe, expect, it } from 'vitest';
import { asExpected, canonicalExpected, corpusPlanNames, readCorpusPlan } from '../support/_corpus';

const names = corpusPlanNames();

describe('the layout corpus', () => {
  it('holds at least eight plans', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(names)('%s', (name) => {
    const { expected, plan } = readCorpusPlan(name);
    const want = canonicalExpected(expected);

    it('finds every task with its section and number as written', () => {
      expect(plan.tasks.map((t) => [t.section, t.numberInferred ? null : t.number])).toEqual(want.map((t) => [t.section, t.number]));
    });

    it.each(want.map((task, i) => [i + 1, task] as const))('task %i has exactly the expected division', (ordinal, task) => {
      const got = plan.tasks[ordinal - 1];
      expect(got && asExpected(got)).toEqual(task);
    });

    it('reads the document: title, level, region, year and conventions', () => {
      expect(plan.document).toMatchObject({ title: expected.title, level: expected.level, region: expected.region, year: expected.year });
      expect(plan.document.layout.conventions).toEqual(expected.conventions);
    });

    it('keeps leaders out of the units', () => {
      const leaders = new Set(plan.tasks.flatMap((t) => t.leaders));
      expect(plan.units.filter((u) => leaders.has(u.name))).toEqual([]);
    });
  });
});
