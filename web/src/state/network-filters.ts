/** The filters the network is built with, from the view state: the threshold in force, not the one chosen. */
import type { NetworkFilters } from '../graph/network-model';
import { effectiveThreshold } from '../graph/default-threshold';
import type { AppState } from './store';

export function networkFiltersOf(state: Pick<AppState, 'plan' | 'sections' | 'kinds' | 'minShared' | 'roles' | 'showIsolated'>): NetworkFilters {
  return {
    sections: state.sections,
    kinds: state.kinds,
    minShared: effectiveThreshold(state.plan, state.minShared),
    roles: state.roles,
    showIsolated: state.showIsolated,
  };
}
