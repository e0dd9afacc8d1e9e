/** What the user is looking at: view, filters, selection, panel, language. Recorded in the URL. */
import type { StateCreator } from 'zustand';
import type { UnitKind } from '../../../ingest/model';
import type { Language } from '../i18n/messages';
import type { AppState } from './store';
import type { LinkNotice, RequestedLink } from './link-resolution';

export type ViewName = 'collaboration' | 'assignments' | 'projects';
export type RolesMode = 'all' | 'lead';
export type PanelName = 'rankings' | 'detail' | 'quality' | 'communities' | 'methods';
/** A node of the network, or a pair of units (`pair:A,B`, names in code-point order). */
export type Selection = { type: 'unit' | 'task' | 'project' | 'pair'; id: string } | null;

export interface ViewState {
  documentId: string | null;
  view: ViewName;
  /** Least shared tasks a tie needs; null: the plan's default (see default-threshold.ts). */
  minShared: number | null;
  roles: RolesMode;
  /** Sections shown; empty means all. */
  sections: number[];
  /** Unit kinds shown; empty means all. */
  kinds: UnitKind[];
  /** Units without a visible tie are hidden unless this is on. */
  showIsolated: boolean;
  /** What node colour says: the unit's kind or its community. */
  colourBy: 'kind' | 'community';
  /** Lay units of one community out together. */
  groupCommunities: boolean;
  selected: Selection;
  /** The unit selected last: a task opened from its profile marks this unit's words. */
  focusUnit: string | null;
  hovered: string | null;
  panel: PanelName;
  language: Language;
  query: string;
  /** What a link asked for, until the plan arrives and it is found (or not). */
  requested: RequestedLink | null;
  /** What a link asked for that does not exist, said to the user. */
  notices: LinkNotice[];
}

export interface ViewSlice extends ViewState {
  setView: (view: ViewName) => void;
  setMinShared: (value: number) => void;
  setRoles: (roles: RolesMode) => void;
  toggleSection: (section: number) => void;
  toggleKind: (kind: UnitKind) => void;
  setShowIsolated: (show: boolean) => void;
  setColourBy: (by: 'kind' | 'community') => void;
  setGroupCommunities: (group: boolean) => void;
  select: (selection: Selection) => void;
  hover: (id: string | null) => void;
  setPanel: (panel: PanelName) => void;
  setLanguage: (language: Language) => void;
  setQuery: (query: string) => void;
  applyViewState: (state: Partial<ViewState>) => void;
  /** Back to the whole plan: no selection, no filter, no notice. */
  backToOverview: () => void;
}

export const INITIAL_VIEW: ViewState = {
  documentId: null,
  view: 'collaboration',
  minShared: null,
  roles: 'all',
  sections: [],
  kinds: [],
  showIsolated: false,
  colourBy: 'kind',
  groupCommunities: false,
  selected: null,
  focusUnit: null,
  hovered: null,
  panel: 'rankings',
  language: 'zh',
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
    set((s) => ({
      selected,
      hovered: null,
      panel: selected ? 'detail' : s.panel === 'detail' ? 'rankings' : s.panel,
      focusUnit: selected?.type === 'unit' ? selected.id.slice('unit:'.length) : s.focusUnit,
    })),
  hover: (hovered) => set({ hovered }),
  setPanel: (panel) => set({ panel }),
  setLanguage: (language) => set({ language }),
  setQuery: (query) => set({ query }),
  applyViewState: (state) => set(state),
  backToOverview: () => set({ selected: null, sections: [], kinds: [], minShared: null, notices: [], requested: null, panel: 'rankings', hovered: null }),
});
