/** Search of the seed by the names readers use: dictionary abbreviations, task labels and numbers, project names. */
import { describe, expect, it } from 'vitest';
import { searchPlan } from '../../web/src/panels/search-plan';
import { seedPlan, taskNumbered } from '../support/_plans';

const plan = seedPlan();
const first = (q: string) => searchPlan(plan, q, (l) => `第 ${l} 项`)[0];

describe('search', () => {
  it.each([
    ['发改委', 'unit:省发展改革委'],
    ['工信厅', 'unit:省工业和信息化厅'],
    ['人社厅', 'unit:省人力资源社会保障厅'],
    ['住建厅', 'unit:省住房城乡建设厅'],
    ['省发改委', 'unit:省发展改革委'],
    ['广州港南沙四期', 'project:广州港南沙港区四期工程'],
    ['粤东城际', 'project:粤东城际铁路'],
  ])('finds %s as %s', (q, id) => {
    expect(first(q)?.id).toBe(id);
  });

  it.each(['46', '第46项', '第 46 项', '#46'])('finds task 46 first by %s', (q) => {
    expect(first(q)?.id).toBe(`task:${taskNumbered(plan, 46).ordinal}`);
  });

  it('says which spelling matched when it is not the name', () => {
    expect(first('发改委')?.via).toBe('发改委');
    expect(first('省发展改革委')?.via).toBeNull();
  });
});
