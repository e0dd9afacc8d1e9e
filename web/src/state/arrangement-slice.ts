/**
 * Arrangements a presenter made by dragging nodes, per plan, view and seed, kept in the
 * browser (localStorage) so that the next visit, a reload or a shared export shows them.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface Arrangement {
  positions: Record<string, { x: number; y: number }>;
  /** Nodes the presenter moved by hand. */
  pinned: string[];
}

export interface ArrangementSlice {
  arrangements: Record<string, Arrangement>;
  /** Bumped by a reset, so the canvas lays the view out anew. */
  layoutRevision: number;
  saveArrangement: (key: string, arrangement: Arrangement) => void;
  resetArrangement: (key: string) => void;
}

const STORAGE_KEY = 'fengong.arrangements';

function stored(): Record<string, Arrangement> {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as Record<string, Arrangement>;
  } catch {
    return {};
  }
}

function persist(arrangements: Record<string, Arrangement>): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(arrangements));
  } catch {
    // A browser that refuses storage keeps the arrangement for this visit only.
  }
}

export const createArrangementSlice: StateCreator<AppState, [], [], ArrangementSlice> = (set, get) => ({
  arrangements: stored(),
  layoutRevision: 0,
  saveArrangement: (key, arrangement) => {
    const arrangements = { ...get().arrangements, [key]: arrangement };
    persist(arrangements);
    set({ arrangements });
  },
  resetArrangement: (key) => {
    const { [key]: _dropped, ...rest } = get().arrangements;
    persist(rest);
    set((s) => ({ arrangements: rest, layoutRevision: s.layoutRevision + 1, presetPositions: null }));
  },
});
