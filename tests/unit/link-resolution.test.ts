import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../web/src/state/link-resolution';
import { seedPlan, taskNumbered } from '../support/_plans';

const plan = seedPlan();

describe('links, looked up in the plan', () => {
  it.each([
    [{ unit: '省发展改革委' }, { type: 'unit', id: 'unit:省发展改革委' }],
    [{ unit: 'unit:省财政厅' }, { type: 'unit', id: 'unit:省财政厅' }],
    [{ task: '12' }, { type: 'task', id: `task:${taskNumbered(plan, 12).ordinal}` }],
    [{ task: '第46项' }, { type: 'task', id: `task:${taskNumbered(plan, 46).ordinal}` }],
    [{ task: 'task:3' }, { type: 'task', id: 'task:3' }],
    [{ pair: '省财政厅,省发展改革委' }, { type: 'pair', id: 'pair:省发展改革委,省财政厅' }],
    [{ project: '粤东城际铁路' }, { type: 'project', id: 'project:粤东城际铁路' }],
  ])('%o selects %o', (link, selected) => {
    expect(resolveLink(plan, link)).toMatchObject({ selected, sections: [], notices: [] });
  });

  it.each([
    [{ unit: '不存在的单位' }, 'unit'],
    [{ task: '999' }, 'task'],
    [{ project: '火星基地' }, 'project'],
    [{ pair: '省发展改革委' }, 'pair'],
    [{ pair: '省发展改革委,不存在' }, 'pair'],
  ])('%o is not in the plan: a %s notice, nothing selected', (link, kind) => {
    expect(resolveLink(plan, link)).toEqual({ selected: null, focusUnit: null, sections: [], notices: [{ kind, value: Object.values(link)[0] }] });
  });

  it('keeps the sections the plan has and names the others', () => {
    expect(resolveLink(plan, { sections: [2, 99] })).toEqual({ selected: null, focusUnit: null, sections: [2], notices: [{ kind: 'section', value: '99' }] });
  });

  it('opens the task of a link that names a unit and a task, with the unit’s words to mark', () => {
    expect(resolveLink(plan, { unit: '省发展改革委', task: '12', pair: '省发展改革委,省财政厅' })).toEqual({
      selected: { type: 'task', id: `task:${taskNumbered(plan, 12).ordinal}` },
      focusUnit: '省发展改革委',
      sections: [],
      notices: [],
    });
  });
});
