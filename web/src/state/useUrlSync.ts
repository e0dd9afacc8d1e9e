/** Reads the view from the URL once, then writes every change back (replaceState). */
import { useEffect } from 'react';
import { useAppStore } from './store';
import { queryToView, viewToQuery } from './url-state';

export function useUrlSync(): void {
  useEffect(() => {
    useAppStore.getState().applyViewState(queryToView(window.location.search.slice(1)));
    return useAppStore.subscribe((state) => {
      const query = viewToQuery(state);
      const next = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
    });
  }, []);
}
