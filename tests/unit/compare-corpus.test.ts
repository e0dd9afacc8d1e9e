/**
 * The comparison corpus: Zhejiang's plans of 2021, 2022 and 2023, Ningbo's (a city of
 * Zhejiang) of 2022 and 2023, and Fujian's of 2023, each read exactly as its hand-checked
 * expectation says. Later comparisons rest on these readings being right.
 */
import { describe, expect, it } from 'vitest';
import { COMPARE_CORPUS_DIR, corpusPlanNames, itReadsAsExpected, readCorpusPlan } from '../support/_corpus';

const names = corpusPlanNames(COMPARE_CORPUS_DIR);
const plans = names.map((name) => readCorpusPlan(name, COMPARE_CORPUS_DIR));

describe('the comparison corpus', () => {
  it('holds three years of one province, two of a city of it and another province', () => {
    expect(plans.map((p) => [p.plan.document.region, p.plan.document.level, p.plan.document.year])).toEqual([
      ['福建', 'province', 2023],
      ['宁波', 'city', 2022],
      ['宁波', 'city', 2023],
      ['浙江', 'province', 2021],
      ['浙江', 'province', 2022],
      ['浙江', 'province', 2023],
    ]);
  });

  it('renames, adds and drops units between the years of Zhejiang', () => {
    const unitsOf = (year: number) => new Set(plans.find((p) => p.plan.document.region === '浙江' && p.plan.document.year === year)!.plan.units.map((u) => u.name));
    const [y2021, y2022, y2023] = [unitsOf(2021), unitsOf(2022), unitsOf(2023)];
    expect([y2021.has('省经济和信息化委'), y2022.has('省经济和信息化委'), y2022.has('省经济和信息化厅')]).toEqual([true, false, true]);
    expect([y2022.has('省大数据局'), y2023.has('省大数据局'), y2023.has('省数据局')]).toEqual([true, false, true]);
    expect([...y2022].filter((u) => !y2021.has(u) && u !== '省经济和信息化厅').sort()).toEqual(['省乡村振兴局', '省交通投资集团']);
    expect([...y2021].filter((u) => !y2022.has(u) && u !== '省经济和信息化委').sort()).toEqual(['宁波市政府', '省民政厅', '省海港集团']);
  });

  describe.each(plans.map((p) => [p.name, p] as const))('%s', (_name, corpusPlan) => {
    it('has 20 or more tasks', () => {
      expect(corpusPlan.plan.tasks.length).toBeGreaterThanOrEqual(20);
    });

    itReadsAsExpected(corpusPlan);
  });
});
