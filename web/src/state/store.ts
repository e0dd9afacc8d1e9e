/** The app's one store, built from slices; components subscribe through module-level selectors. */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = DataSlice & ViewSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createDataSlice(...args),
  ...createViewSlice(...args),
}));
