/** The network of the current view, recomputed only when the plan or a filter changes. */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { selectKinds, selectMinShared, selectPlan, selectRoles, selectSections, selectView } from '../state/selectors';
import { networkFiltersOf } from '../state/network-filters';
import { buildNetwork, type Network } from './network-model';

export function useNetwork(): Network | null {
  const plan = useAppStore(selectPlan);
  const view = useAppStore(selectView);
  const sections = useAppStore(selectSections);
  const kinds = useAppStore(selectKinds);
  const minShared = useAppStore(selectMinShared);
  const roles = useAppStore(selectRoles);
  const showIsolated = useAppStore((s) => s.showIsolated);
  return useMemo(
    () => (plan ? buildNetwork(view, plan, networkFiltersOf({ plan, sections, kinds, minShared, roles, showIsolated })) : null),
    [plan, view, sections, kinds, minShared, roles, showIsolated],
  );
}
