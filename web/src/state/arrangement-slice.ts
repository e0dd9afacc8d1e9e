/**
 * Arrangements a presenter made by dragging nodes, per plan, view and seed, kept in the
 * browser (localStorage) so that the next visit, a reload or a shared export shows them.
 * What is read back is checked: storage is shared with other versions of the app and with
 * whoever edits it, so an entry that is not an arrangement is dropped and said, never used.
 */
import { z } from 'zod';
import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { LinkNotice } from './link-resolution';

const Point = z.object({ x: z.number().finite(), y: z.number().finite() });
export const Arrangement = z.object({
  positions: z.record(z.string(), Point),
  /** Nodes the presenter moved by hand. */
  pinned: z.array(z.string()),
});
export type Arrangement = z.infer<typeof Arrangement>;

export interface ArrangementSlice {
  arrangements: Record<string, Arrangement>;
  /** Bumped by a reset, so the canvas lays the view out anew. */
  layoutRevision: number;
  saveArrangement: (key: string, arrangement: Arrangement) => void;
  resetArrangement: (key: string) => void;
}

export const STORAGE_KEY = 'fengong.arrangements';

/**
 * The arrangements in the stored text, and a notice for each entry that is not one (named by
 * its plan and view: the key is `plan|hash|view|seed|grouping`). Unreadable text is one notice.
 */
export function readArrangements(text: string | null): { arrangements: Record<string, Arrangement>; notices: LinkNotice[] } {
  if (text === null) return { arrangements: {}, notices: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { arrangements: {}, notices: [{ kind: 'arrangement', value: STORAGE_KEY }] };
  }
  const entries = z.record(z.string(), z.unknown()).safeParse(stored);
  if (!entries.success) return { arrangements: {}, notices: [{ kind: 'arrangement', value: STORAGE_KEY }] };
  const arrangements: Record<string, Arrangement> = {};
  const notices: LinkNotice[] = [];
  for (const [key, value] of Object.entries(entries.data)) {
    const parsed = Arrangement.safeParse(value);
    if (parsed.success) arrangements[key] = parsed.data;
    else notices.push({ kind: 'arrangement', value: key.split('|').filter((_, i) => i === 0 || i === 2).join(' · ') });
  }
  return { arrangements, notices };
}

function storedText(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function persist(arrangements: Record<string, Arrangement>): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(arrangements));
  } catch {
    // A browser that refuses storage keeps the arrangement for this visit only.
  }
}

/** The arrangements stored in this browser when the page opened, and what could not be read. */
export const storedArrangements = () => readArrangements(storedText());

export const createArrangementSlice: StateCreator<AppState, [], [], ArrangementSlice> = (set, get) => ({
  arrangements: {},
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
