import { describe, expect, it } from 'vitest';
import { queryToView, viewToQuery } from '../../web/src/state/url-state';
import { INITIAL_VIEW } from '../../web/src/state/view-slice';

describe('the view in the URL', () => {
  it('round-trips a view that differs from the defaults', () => {
    const view = {
      ...INITIAL_VIEW,
      documentId: 'guangdong-2022',
      view: 'assignments' as const,
      minShared: 4,
      roles: 'lead' as const,
      sections: [3, 2],
      kinds: ['department' as const],
      selected: { type: 'unit' as const, id: 'unit:省发展改革委' },
      panel: 'detail' as const,
      language: 'en' as const,
    };
    const query = viewToQuery(view);
    expect(query).toBe('doc=guangdong-2022&view=assignments&min=4&roles=lead&sections=2%2C3&kinds=department&unit=unit%3A%E7%9C%81%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94&lang=en');
    expect(queryToView(query)).toEqual({
      documentId: 'guangdong-2022',
      view: 'assignments',
      minShared: 4,
      roles: 'lead',
      sections: [2, 3],
      kinds: ['department'],
      selected: view.selected,
      panel: 'detail',
      language: 'en',
    });
  });

  it('ignores values it does not know instead of failing', () => {
    expect(queryToView('view=3d&min=-2&kinds=ministry&panel=x&lang=fr')).toEqual({});
  });
});
