/**
 * The corpus page's filters and sorting over the comparison corpus as parsed, and the links
 * of the corpus, compare and trend pages read back as they were written.
 */
import { describe, expect, it } from 'vitest';
import { COMPARE_CORPUS_DIR, corpusPlanNames, readCorpusPlan } from '../support/_corpus';
import { choices, corpusRows } from '../../web/src/compare/corpus-table';
import { pageOfQuery, queryOfPage, type ComparePage } from '../../web/src/compare/compare-url';
import type { CorpusRow } from '../../web/src/compare/compare-rows';

const rows: CorpusRow[] = corpusPlanNames(COMPARE_CORPUS_DIR).map((name) => {
  const { plan } = readCorpusPlan(name, COMPARE_CORPUS_DIR);
  const d = plan.document;
  return { document: d.id, title: d.title, region: d.region, level: d.level, year: d.year, tasks: plan.tasks.length, units: plan.units.length, assignments: plan.assignments.length, findings: plan.findings.length };
});
const all = { region: '', level: '', year: '' };

describe('the corpus table', () => {
  it('keeps the plans of one region and level, latest year first', () => {
    const kept = corpusRows(rows, { ...all, region: '浙江', level: 'province' }, { column: 'year', descending: true });
    expect(kept.map((r) => r.year)).toEqual([2023, 2022, 2021]);
    expect(kept.every((r) => r.region === '浙江' && r.level === 'province')).toBe(true);
  });

  it('sorts by a count, ties in document order, and offers each value once', () => {
    const byTasks = corpusRows(rows, all, { column: 'tasks', descending: false });
    expect(byTasks.map((r) => r.tasks)).toEqual(rows.map((r) => r.tasks).sort((a, b) => a - b));
    expect(choices(rows, 'region')).toEqual(['宁波', '浙江', '福建'].sort());
    expect(choices(rows, 'level')).toEqual(['province', 'city']);
    expect(corpusRows(rows, { ...all, year: '2023' }, { column: 'region', descending: false }).map((r) => r.year)).toEqual([2023, 2023, 2023]);
  });
});

describe('the links of the pages', () => {
  const pages: ComparePage[] = [
    { page: 'corpus' },
    { page: 'compare', documentA: 'zhejiang-province-2022', documentB: 'zhejiang-province-2023', by: 'identity' },
    { page: 'compare', documentA: 'zhejiang-province-2023', documentB: 'fujian-province-2023', by: 'function' },
    { page: 'trend', key: 'province/浙江/省发展改革委', region: '浙江', level: 'province', by: 'identity' },
  ];
  it('read back as written', () => {
    for (const page of pages) expect(pageOfQuery(queryOfPage(page, 'zh').slice(1))).toEqual(page);
  });

  it('leave the plan view alone, and fall back to the corpus when a compare link is incomplete', () => {
    expect(pageOfQuery('doc=guangdong-2022-task-division&view=assignments')).toBeNull();
    expect(pageOfQuery('compare=only-one')).toEqual({ page: 'corpus' });
    expect(pageOfQuery('trend=x&region=浙江&level=galaxy')).toEqual({ page: 'corpus' });
    expect(pageOfQuery('compare=a,b&by=nonsense')).toEqual({ page: 'compare', documentA: 'a', documentB: 'b', by: 'identity' });
  });
});
