/** The plan on screen and where it came from; loading actions live here. */
import type { StateCreator } from 'zustand';
import type { ParsedPlan } from '../../../ingest/model';
import type { DocumentRow, Rankings } from '../data/ranking-rows';
import { fetchDocuments, fetchPlan, fetchRankings, localRankings } from '../data/plan-source';
import type { AppState } from './store';

export interface DataSlice {
  source: 'database' | 'file' | null;
  documents: DocumentRow[];
  plan: ParsedPlan | null;
  rankings: Rankings | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  loadDocuments: () => Promise<void>;
  /** Opens a plan of the database; `prefetched`: its plan, already asked for (null if that failed). */
  openDocument: (id: string, prefetched?: Promise<ParsedPlan | null>) => Promise<void>;
  openPlan: (plan: ParsedPlan) => void;
  /** Positions the page was exported with; the canvas uses them instead of a new layout. */
  presetPositions: Record<string, { x: number; y: number }> | null;
  openEmbedded: (plan: ParsedPlan, positions: Record<string, { x: number; y: number }>) => void;
  failed: (message: string) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  source: null,
  documents: [],
  plan: null,
  rankings: null,
  status: 'idle',
  error: null,
  loadDocuments: async () => {
    set({ status: 'loading', error: null });
    const wanted = get().documentId;
    // A link that names a plan has it fetched while the list of plans comes.
    const early = wanted !== null ? fetchPlan(wanted).catch(() => null) : undefined;
    try {
      const documents = await fetchDocuments();
      set({ documents });
      const found = wanted !== null && documents.some((d) => d.id === wanted);
      const id = found ? wanted : documents[0]?.id;
      // A link to a plan that is not in the database opens the first one, and says so.
      if (wanted !== null && !found) set((s) => ({ notices: [...s.notices, { kind: 'document', value: wanted }], requested: null }));
      if (id) await get().openDocument(id, id === wanted ? early : undefined);
      else set({ status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  openDocument: async (id, prefetched) => {
    // The view in the URL (selection, sections) applies to the first document opened.
    const previous = get().documentId;
    const keepSelection = previous === id || (previous === null && get().plan === null);
    set({ status: 'loading', error: null, documentId: id, ...(keepSelection ? {} : { selected: null, sections: [] }) });
    try {
      // The network is drawn as soon as the plan arrives; the rankings follow when their
      // queries finish (co-ownership over all pairs is the slowest of them).
      const rankings = fetchRankings(id);
      set({ plan: (await prefetched) ?? (await fetchPlan(id)), rankings: null, source: 'database', status: 'ready' });
      const ready = await rankings;
      if (get().documentId === id) set({ rankings: ready });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  openPlan: (plan) =>
    set({ plan, rankings: localRankings(plan), source: 'file', documentId: plan.document.id, status: 'ready', error: null, selected: null, sections: [] }),
  failed: (message) => set({ status: 'error', error: message }),
  presetPositions: null,
  openEmbedded: (plan, positions) =>
    set({ plan, rankings: localRankings(plan), source: 'file', documentId: plan.document.id, status: 'ready', error: null, presetPositions: positions }),
});
