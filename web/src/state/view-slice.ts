/**
 * What the user is looking at: the shareable view (view-state.ts) and what is transient —
 * hover, search text, a link waiting for its plan. Recorded in the URL (url-state.ts).
 */
import type { StateCreator } from 'zustand';
import type { UnitKind } from '../../../ingest/model';
import type { AppState } from './store';
import type { LinkNotice } from './link-resolution';
import { DEFAULT_VIEW, type ColourBy, type Language, type PanelName, type RequestedLink, type RolesMode, type ViewName, type ViewState } from './view-state';
import { parseRefId, refId, type ElementRef, type RefKind } from './node-ref';

export type { PanelName, RolesMode, ViewName } from './view-state';
/** A node of the network, or a pair of units, by its id (node-ref.ts reads and writes it). */
export type Selection = { type: RefKind; id: string } | null;

/** The selection of a node or pair. */
export const selectionOf = (ref: ElementRef): NonNullable<Selection> => ({ type: ref.kind, id: refId(ref) });
/** What a selection names, or null for none (or an id no node has). */
export const refOfSelection = (selected: Selection): ElementRef | null => (selected ? parseRefId(selected.id) : null);

export interface ViewSliceState extends ViewState {
  documentId: string | null;
  selected: Selection;
  /** The unit selected last: a task opened from its profile marks this unit's words. */
  focusUnit: string | null;
  hovered: string | null;
  query: string;
  /** What a link asked for, until the plan arrives and it is found (or not). */
  requested: RequestedLink | null;
  /** What a link asked for that does not exist, said to the user. */
  notices: LinkNotice[];
}

export interface ViewSlice extends ViewSliceState {
  setView: (view: ViewName) => void;
  setMinShared: (value: number) => void;
  setRoles: (roles: RolesMode) => void;
  toggleSection: (section: number) => void;
  toggleKind: (kind: UnitKind) => void;
  setShowIsolated: (show: boolean) => void;
  setColourBy: (by: ColourBy) => void;
  setGroupCommunities: (group: boolean) => void;
  select: (selection: Selection) => void;
  hover: (id: string | null) => void;
  setPanel: (panel: PanelName) => void;
  setLanguage: (language: Language) => void;
  setQuery: (query: string) => void;
  applyViewState: (state: Partial<ViewSliceState>) => void;
  /** Back to the whole plan: no selection, no filter, no notice. */
  backToOverview: () => void;
}

export const INITIAL_VIEW: ViewSliceState = {
  ...DEFAULT_VIEW,
  documentId: null,
  selected: null,
  focusUnit: null,
  hovered: null,
  query: '',
  requested: null,
  notices: [],
};

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  ...INITIAL_VIEW,
  setView: (view) => set({ view, hovered: null }),
  setMinShared: (minShared) => set({ minShared: Math.max(1, Math.round(minShared)) }),
  setRoles: (roles) => set({ roles }),
  toggleSection: (section) => set((s) => ({ sections: toggle(s.sections, section) })),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  setShowIsolated: (showIsolated) => set({ showIsolated }),
  setColourBy: (colourBy) => set({ colourBy }),
  setGroupCommunities: (groupCommunities) => set({ groupCommunities }),
  select: (selected) =>
    set((s) => {
      const ref = refOfSelection(selected);
      return { selected, hovered: null, panel: selected ? 'detail' : s.panel === 'detail' ? 'rankings' : s.panel, focusUnit: ref?.kind === 'unit' ? ref.name : s.focusUnit };
    }),
  hover: (hovered) => set({ hovered }),
  setPanel: (panel) => set({ panel }),
  setLanguage: (language) => set({ language }),
  setQuery: (query) => set({ query }),
  applyViewState: (state) => set(state),
  backToOverview: () => set({ selected: null, sections: [], kinds: [], minShared: null, notices: [], requested: null, panel: 'rankings', hovered: null }),
});
