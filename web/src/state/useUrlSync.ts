/**
 * Reads the view from the URL once, then writes every change back (replaceState). When the
 * plan arrives, what the link asked for is looked up in it (link-resolution.ts).
 */
import { useEffect } from 'react';
import { useAppStore } from './store';
import { queryToView, viewToQuery } from './url-state';
import { resolveLink } from './link-resolution';

export function useUrlSync(): void {
  useEffect(() => {
    const fromUrl = queryToView(window.location.search.slice(1));
    // What the page said on opening (a saved layout it could not read) stays beside the link's notices.
    useAppStore.getState().applyViewState({ ...fromUrl, notices: [...useAppStore.getState().notices, ...(fromUrl.notices ?? [])] });
    return useAppStore.subscribe((state) => {
      if (state.plan && state.requested) {
        const { selected, focusUnit, sections, notices } = resolveLink(state.plan, state.requested);
        state.applyViewState({ selected, sections, ...(focusUnit ? { focusUnit } : {}), notices: [...state.notices, ...notices], requested: null, panel: selected ? state.panel : state.panel === 'detail' ? 'rankings' : state.panel });
        return;
      }
      const query = viewToQuery(state);
      const next = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
    });
  }, []);
}
