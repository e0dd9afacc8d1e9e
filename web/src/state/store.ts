/** The app's one store, built from slices; components subscribe through module-level selectors. */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createArrangementSlice, storedArrangements, type ArrangementSlice } from './arrangement-slice';

export type AppState = DataSlice & ViewSlice & ArrangementSlice;

export const useAppStore = create<AppState>()((...args) => {
  // Read once, when the page opens: an entry that is not an arrangement is said, not drawn.
  const { arrangements, notices } = storedArrangements();
  return {
    ...createDataSlice(...args),
    ...createViewSlice(...args),
    ...createArrangementSlice(...args),
    arrangements,
    notices,
  };
});
