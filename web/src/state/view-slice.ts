/** What the user is looking at: view, filters, selection, panel, language. Recorded in the URL. */
import type { StateCreator } from 'zustand';
import type { UnitKind } from '../../../ingest/model';
import type { Language } from '../i18n/messages';
import type { AppState } from './store';

export type ViewName = 'collaboration' | 'assignments' | 'projects';
export type RolesMode = 'all' | 'lead';
export type PanelName = 'rankings' | 'detail' | 'quality';
export type Selection = { type: 'unit' | 'task' | 'project'; id: string } | null;

export interface ViewState {
  documentId: string | null;
  view: ViewName;
  minShared: number;
  roles: RolesMode;
  /** Sections shown; empty means all. */
  sections: number[];
  /** Unit kinds shown; empty means all. */
  kinds: UnitKind[];
  selected: Selection;
  /** The unit selected last: a task opened from its profile marks this unit's words. */
  focusUnit: string | null;
  hovered: string | null;
  panel: PanelName;
  language: Language;
  query: string;
}

export interface ViewSlice extends ViewState {
  setView: (view: ViewName) => void;
  setMinShared: (value: number) => void;
  setRoles: (roles: RolesMode) => void;
  toggleSection: (section: number) => void;
  toggleKind: (kind: UnitKind) => void;
  select: (selection: Selection) => void;
  hover: (id: string | null) => void;
  setPanel: (panel: PanelName) => void;
  setLanguage: (language: Language) => void;
  setQuery: (query: string) => void;
  applyViewState: (state: Partial<ViewState>) => void;
}

export const INITIAL_VIEW: ViewState = {
  documentId: null,
  view: 'collaboration',
  minShared: 1,
  roles: 'all',
  sections: [],
  kinds: [],
  selected: null,
  focusUnit: null,
  hovered: null,
  panel: 'rankings',
  language: 'zh',
  query: '',
};

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  ...INITIAL_VIEW,
  setView: (view) => set({ view, hovered: null }),
  setMinShared: (minShared) => set({ minShared: Math.max(1, Math.round(minShared)) }),
  setRoles: (roles) => set({ roles }),
  toggleSection: (section) => set((s) => ({ sections: toggle(s.sections, section) })),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  select: (selected) =>
    set((s) => ({
      selected,
      panel: selected ? 'detail' : 'rankings',
      focusUnit: selected?.type === 'unit' ? selected.id.slice('unit:'.length) : s.focusUnit,
    })),
  hover: (hovered) => set({ hovered }),
  setPanel: (panel) => set({ panel }),
  setLanguage: (language) => set({ language }),
  setQuery: (query) => set({ query }),
  applyViewState: (state) => set(state),
});
