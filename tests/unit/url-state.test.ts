import { describe, expect, it } from 'vitest';
import { queryToView, viewToQuery } from '../../web/src/state/url-state';
import { INITIAL_VIEW } from '../../web/src/state/view-slice';
import { seedPlan } from '../support/_plans';

const plan = seedPlan();

describe('the view in the URL', () => {
  it('round-trips a view that differs from the defaults, naming things as readers do', () => {
    const view = {
      ...INITIAL_VIEW,
      plan,
      documentId: 'guangdong-2022',
      view: 'assignments' as const,
      minShared: 4,
      roles: 'lead' as const,
      sections: [3, 2],
      kinds: ['department' as const],
      showIsolated: true,
      colourBy: 'community' as const,
      selected: { type: 'unit' as const, id: 'unit:省发展改革委' },
      panel: 'detail' as const,
      language: 'en' as const,
    };
    const query = viewToQuery(view);
    expect(decodeURIComponent(query)).toBe('doc=guangdong-2022&view=assignments&min=4&roles=lead&sections=2,3&kinds=department&isolated=show&colour=community&unit=省发展改革委&lang=en');
    expect(queryToView(query)).toEqual({
      documentId: 'guangdong-2022',
      view: 'assignments',
      minShared: 4,
      roles: 'lead',
      kinds: ['department'],
      showIsolated: true,
      colourBy: 'community',
      requested: { unit: '省发展改革委', sections: [2, 3] },
      panel: 'detail',
      language: 'en',
    });
  });

  it.each([
    [{ type: 'task' as const, id: `task:${plan.tasks.find((t) => t.label === '12')!.ordinal}` }, 'task=12'],
    [{ type: 'pair' as const, id: 'pair:省发展改革委,省财政厅' }, 'pair=省发展改革委,省财政厅'],
    [{ type: 'project' as const, id: 'project:粤东城际铁路' }, 'project=粤东城际铁路'],
  ])('names a selected %o by its label or names', (selected, param) => {
    expect(decodeURIComponent(viewToQuery({ ...INITIAL_VIEW, plan, selected, panel: 'detail' }))).toBe(param);
  });

  it('leaves the threshold out while it is the plan’s default', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, plan })).toBe('');
    expect(queryToView('')).toEqual({});
  });

  it('leaves values it does not know at their defaults and says which, in the order written', () => {
    expect(queryToView('view=3d&min=-2&kinds=ministry&panel=x&lang=fr')).toEqual({
      notices: ['view=3d', 'min=-2', 'kinds=ministry', 'panel=x', 'lang=fr'].map((value) => ({ kind: 'setting', value })),
    });
  });

  it('keeps what it knows beside what it does not, and names a parameter nobody reads', () => {
    expect(queryToView('view=projects&min=2.5&colour=red&zoom=3&unit=省财政厅')).toEqual({
      view: 'projects',
      requested: { unit: '省财政厅' },
      panel: 'detail',
      notices: [
        { kind: 'setting', value: 'min=2.5' },
        { kind: 'setting', value: 'colour=red' },
        { kind: 'setting', value: 'zoom=3' },
      ],
    });
  });
});
