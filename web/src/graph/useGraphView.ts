/**
 * Everything the canvas draws for the current view, derived from the store: elements with
 * their emphasis and labels, the stylesheet, the communities, and the layout to run when the
 * layout key changes (a new plan or view, or a re-layout asked for): in the page, or in a
 * worker for a big network (layout-off-thread.ts).
 */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { selectLanguage, selectPanel, selectPlan, selectSelected, selectHovered, selectView } from '../state/selectors';
import { useNetwork } from './useNetwork';
import { toElements } from './elements';
import { stylesheet } from './stylesheet';
import { litBy, prominentNodes } from './emphasis';
import { useCommunities } from './useCommunities';
import type { Network, NetworkNode } from './network-model';
import type { CanvasSize } from './layout-network';
import { layoutOffThread } from './layout-off-thread';
import { unitLabel } from '../i18n/unit-english';
import { MESSAGES, type Language } from '../i18n/messages';

const compactTaskName = (language: Language, label: string) => (language === 'zh' ? MESSAGES.zh.taskNumber(label).replace(/ /g, '') : MESSAGES.en.taskNumber(label));

export function useGraphView() {
  const plan = useAppStore(selectPlan);
  const view = useAppStore(selectView);
  const selected = useAppStore(selectSelected);
  const hovered = useAppStore(selectHovered);
  const panel = useAppStore(selectPanel);
  const language = useAppStore(selectLanguage);
  const colourBy = useAppStore((s) => s.colourBy);
  const groupCommunities = useAppStore((s) => s.groupCommunities);
  // The link's seed (view-state.ts, 1 unless a link says otherwise): one seed, one arrangement.
  const seed = useAppStore((s) => s.seed);
  const network = useNetwork();
  // Louvain runs only when the picture is coloured or grouped by community.
  const communities = useCommunities(colourBy === 'community' || groupCommunities);
  const prominent = useMemo(() => (network ? prominentNodes(network) : new Set<string>()), [network]);
  // The selection lights the graph up only while its details are open, so that no fade stays
  // behind on another tab.
  const lit = useMemo(() => (plan && network && panel === 'detail' ? litBy(plan, network, selected) : { node: null, nodes: null, edge: null }), [plan, network, selected, panel]);
  const elements = useMemo(() => {
    if (!network || !plan) return [];
    // A task is named as readers name it (第46项, Task 46), not by a bare number.
    const labelOf = (n: NetworkNode) => (n.group === 'task' ? compactTaskName(language, n.label) : n.group === 'unit' && language === 'en' ? unitLabel(n.label, plan.document.level) : n.label);
    return toElements(network, { hovered, lit, prominent, community: colourBy === 'community' ? (communities?.of ?? null) : null, labelOf });
  }, [network, plan, hovered, lit, prominent, colourBy, communities, language]);
  const style = useMemo(() => (network ? stylesheet(network) : []), [network]);
  const groups = groupCommunities ? (communities?.of ?? null) : null;
  const layout = (net: Network) => (canvas: CanvasSize) => layoutOffThread(net, seed, canvas, { groups });
  return { plan, network, elements, style, communities, seed, layout: network ? layout(network) : null, groupKey: groupCommunities ? 'communities' : 'plain' };
}
