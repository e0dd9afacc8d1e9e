/**
 * The page: a page about several plans when the URL asks for one (compare/), else the plan
 * page — header and view tabs on top, filters and search on the left, the network in the
 * middle, rankings / details / data quality on the right (web/src/page/).
 */
import { useEffect } from 'react';
import { useAppStore } from './state/store';
import { selectPlan } from './state/selectors';
import { useUrlSync } from './state/useUrlSync';
import { queryToView } from './state/url-state';
import { useMessages } from './i18n/useMessages';
import { useGraphView } from './graph/useGraphView';
import { readEmbeddedPlan } from './data/embedded-plan';
import { Filters } from './panels/Filters';
import { SearchBox } from './panels/SearchBox';
import { AppHeader } from './page/AppHeader';
import { GraphArea } from './page/GraphArea';
import { SidePanel } from './page/SidePanel';
import { ComparePages, isComparePage } from './compare/ComparePages';

/** The plan page, or a page about several plans when the URL asks for one (compare/). */
export function App() {
  return isComparePage(window.location.search.slice(1)) ? <ComparePages /> : <PlanApp />;
}

function PlanApp() {
  useUrlSync();
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const { loadDocuments } = useAppStore.getState();
  // Computed once here: the canvas draws it and the threshold slider is bounded by it.
  const graph = useGraphView();
  const { network } = graph;

  useEffect(() => {
    // A page exported with its plan inside opens that plan and never calls a server.
    const embedded = readEmbeddedPlan();
    if (embedded) {
      useAppStore.getState().applyViewState(queryToView(embedded.query));
      useAppStore.getState().openEmbedded(embedded.plan, embedded.positions);
    } else void loadDocuments();
  }, [loadDocuments]);

  const maxShared = Math.max(1, ...(network?.edges.filter((e) => e.type === 'co-owns').map((e) => e.weight) ?? [1]));

  return (
    <div className="app">
      <a className="skip-link" href="#graph">
        {t.skipToGraph}
      </a>
      <AppHeader />
      <main className="workspace">
        <aside className="sidebar">
          {plan && <SearchBox plan={plan} />}
          {plan && <Filters plan={plan} maxShared={maxShared} />}
        </aside>
        <GraphArea graph={graph} />
        <SidePanel />
      </main>
    </div>
  );
}
