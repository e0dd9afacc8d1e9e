/**
 * Communities of the co-ownership network as filtered, whatever the view: a unit keeps its
 * community (and its colour) from one view to the next. Found only for whoever shows them
 * (`wanted`): colour or grouping by community, the legend of those colours, the communities
 * panel — and once per plan and filter for all of them, not once per component.
 */
import { useMemo } from 'react';
import type { ParsedPlan } from '../../../ingest/model';
import { useAppStore } from '../state/store';
import { selectPlan } from '../state/selectors';
import { networkFiltersOf } from '../state/network-filters';
import type { NetworkFilters } from './network-model';
import { COMMUNITY_SEED, planCommunities, type Communities } from './communities';

/** Filter choices kept per plan: toggling a filter back finds its communities kept. */
const KEPT = 8;
const found = new WeakMap<ParsedPlan, Map<string, Communities>>();

function keptCommunities(plan: ParsedPlan, filters: NetworkFilters): Communities {
  let byFilters = found.get(plan);
  if (!byFilters) found.set(plan, (byFilters = new Map()));
  const key = JSON.stringify([[...filters.sections].sort(), [...filters.kinds].sort(), filters.minShared, filters.roles]);
  const kept = byFilters.get(key);
  if (kept) return kept;
  const communities = planCommunities(plan, filters, COMMUNITY_SEED);
  if (byFilters.size >= KEPT) byFilters.delete(byFilters.keys().next().value!);
  byFilters.set(key, communities);
  return communities;
}

export function useCommunities(wanted = true): Communities | null {
  const plan = useAppStore(selectPlan);
  const sections = useAppStore((s) => s.sections);
  const kinds = useAppStore((s) => s.kinds);
  const minShared = useAppStore((s) => s.minShared);
  const roles = useAppStore((s) => s.roles);
  return useMemo(
    () => (plan && wanted ? keptCommunities(plan, networkFiltersOf({ plan, sections, kinds, minShared, roles, showIsolated: false })) : null),
    [plan, sections, kinds, minShared, roles, wanted],
  );
}
