/** The app's one store, built from slices; components subscribe through module-level selectors. */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createArrangementSlice, type ArrangementSlice } from './arrangement-slice';

export type AppState = DataSlice & ViewSlice & ArrangementSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createDataSlice(...args),
  ...createViewSlice(...args),
  ...createArrangementSlice(...args),
}));
