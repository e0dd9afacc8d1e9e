/**
 * Communities of the co-ownership network as filtered, whatever the view: a unit keeps its
 * community (and its colour) from one view to the next.
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { selectPlan } from '../state/selectors';
import { networkFiltersOf } from '../state/network-filters';
import { COMMUNITY_SEED, planCommunities, type Communities } from './communities';

export function useCommunities(): Communities | null {
  const plan = useAppStore(selectPlan);
  const sections = useAppStore((s) => s.sections);
  const kinds = useAppStore((s) => s.kinds);
  const minShared = useAppStore((s) => s.minShared);
  const roles = useAppStore((s) => s.roles);
  return useMemo(
    () => (plan ? planCommunities(plan, networkFiltersOf({ plan, sections, kinds, minShared, roles, showIsolated: false }), COMMUNITY_SEED) : null),
    [plan, sections, kinds, minShared, roles],
  );
}
