/**
 * The page: header (document, file, language), view tabs, filters and search on the left,
 * the network in the middle, rankings / details / data quality on the right.
 */
import { useEffect } from 'react';
import type { ProjectKind, UnitKind } from '../../ingest/model';
import { useAppStore } from './state/store';
import {
  selectDocumentId,
  selectDocuments,
  selectError,
  selectPanel,
  selectPlan,
  selectSelected,
  selectSource,
  selectStatus,
  selectView,
} from './state/selectors';
import { useUrlSync } from './state/useUrlSync';
import { useMessages } from './i18n/useMessages';
import { GraphCanvas } from './graph/GraphCanvas';
import { LAYOUT_SEED, useGraphView } from './graph/useGraphView';
import { selectionOfElement } from './graph/element-selection';
import { NoticeBanner } from './panels/NoticeBanner';
import { PairDetail } from './panels/PairDetail';
import { CommunitiesPanel } from './panels/CommunitiesPanel';
import { MethodsPanel } from './panels/MethodsPanel';
import { effectiveThreshold } from './graph/default-threshold';
import { PlanFileOpener } from './panels/PlanFileOpener';
import { readEmbeddedPlan } from './data/embedded-plan';
import { queryToView } from './state/url-state';
import { Filters } from './panels/Filters';
import { SearchBox } from './panels/SearchBox';
import { RankingsPanel } from './panels/RankingsPanel';
import { UnitProfile } from './panels/UnitProfile';
import { TaskDetail } from './panels/TaskDetail';
import { ProjectDetail } from './panels/ProjectDetail';
import { FindingsPanel } from './panels/FindingsPanel';
import { Legend } from './panels/Legend';
import { ExportMenu } from './panels/ExportMenu';
import type { PanelName, ViewName } from './state/view-slice';
import { ComparePages, isComparePage } from './compare/ComparePages';
import { COMPARE_MESSAGES } from './compare/compare-messages';

/** The plan view, or a page about several plans when the URL asks for one (compare/). */
export function App() {
  return isComparePage(window.location.search.slice(1)) ? <ComparePages /> : <PlanApp />;
}

function PlanApp() {
  useUrlSync();
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const status = useAppStore(selectStatus);
  const error = useAppStore(selectError);
  const source = useAppStore(selectSource);
  const documents = useAppStore(selectDocuments);
  const documentId = useAppStore(selectDocumentId);
  const view = useAppStore(selectView);
  const selected = useAppStore(selectSelected);
  const panel = useAppStore(selectPanel);
  const { loadDocuments, openDocument, openPlan, failed, setView, select, hover, setPanel, setLanguage } = useAppStore.getState();
  const { network, elements, style, layout, groupKey } = useGraphView();
  const requested = useAppStore((s) => s.requested);
  const embeddedPositions = useAppStore((s) => s.presetPositions);
  const arrangements = useAppStore((s) => s.arrangements);
  const layoutRevision = useAppStore((s) => s.layoutRevision);
  const arrangementKey = plan ? `${plan.document.id}|${plan.document.contentHash}|${view}|${LAYOUT_SEED}|${groupKey}` : '';
  const arrangement = arrangements[arrangementKey] ?? null;
  const presetPositions = arrangement?.positions ?? embeddedPositions;

  useEffect(() => {
    // A page exported with its plan inside opens that plan and never calls a server.
    const embedded = readEmbeddedPlan();
    if (embedded) {
      useAppStore.getState().applyViewState(queryToView(embedded.query));
      useAppStore.getState().openEmbedded(embedded.plan, embedded.positions);
    } else void loadDocuments();
  }, [loadDocuments]);

  const maxShared = Math.max(1, ...(network?.edges.filter((e) => e.type === 'co-owns').map((e) => e.weight) ?? [1]));
  const threshold = effectiveThreshold(plan, useAppStore((s) => s.minShared));

  const visibleNodes = network?.nodes.filter((n) => !n.hidden).length ?? 0;
  const visibleEdges = network?.edges.filter((e) => !e.hidden).length ?? 0;
  const unitKinds = plan ? ([...new Set(plan.units.map((u) => u.kind))] as UnitKind[]) : [];
  const projectKinds = plan ? ([...new Set(plan.projects.map((p) => p.kind))] as ProjectKind[]) : [];

  return (
    <div className="app">
      <a className="skip-link" href="#graph">
        {t.skipToGraph}
      </a>
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        {documents.length > 0 && (
          <label className="field inline">
            <span>{t.document}</span>
            <select value={source === 'database' ? (documentId ?? '') : ''} onChange={(e) => void openDocument(e.target.value)} aria-label={t.document}>
              {source === 'file' && <option value="">{`${plan?.document.id} (${t.fromFile})`}</option>}
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title ?? d.id}
                </option>
              ))}
            </select>
          </label>
        )}
        <PlanFileOpener />
        <a className="button" href={t.language === 'English' ? '?page=corpus' : '?page=corpus&lang=en'}>
          {COMPARE_MESSAGES[t.language === 'English' ? 'zh' : 'en'].corpus}
        </a>
        <button className="button" onClick={() => setLanguage(t.language === 'English' ? 'en' : 'zh')}>
          {t.language}
        </button>
      </header>
      {error && (
        <p className="error-banner" role="alert">
          {status === 'error' && source === null ? `${t.noDatabase}: ` : ''}
          {error}
        </p>
      )}
      <NoticeBanner />
      {plan && (
        <p className="doc-title" data-testid="doc-title">
          {plan.document.title ?? plan.document.id}
          <span className="muted">
            {' '}
            · {plan.document.sourceFile}
            {source === 'file' ? ` · ${t.fromFile}` : ''}
          </span>
        </p>
      )}
      <nav className="view-tabs" role="tablist">
        {(
          [
            ['collaboration', t.viewCollaboration],
            ['assignments', t.viewAssignments],
            ['projects', t.viewProjects],
          ] as ReadonlyArray<[ViewName, string]>
        ).map(([id, label]) => (
          <button key={id} role="tab" aria-selected={view === id} className={view === id ? 'active' : ''} onClick={() => setView(id)}>
            {label}
          </button>
        ))}
      </nav>
      <main className="workspace">
        <aside className="sidebar">
          {plan && <SearchBox plan={plan} />}
          {plan && <Filters plan={plan} maxShared={maxShared} />}
        </aside>
        <section className="graph-area">
          {status === 'loading' && !plan && <p className="muted">{t.loading}</p>}
          {network && view === 'collaboration' && visibleEdges === 0 && (
            <p className="graph-empty" role="status">
              {t.nothingAtThreshold(threshold)}
            </p>
          )}
          {network && plan && layout && !requested && (
            <GraphCanvas
              elements={elements}
              style={style}
              layoutKey={`${arrangementKey}|${layoutRevision}`}
              seed={LAYOUT_SEED}
              layout={layout}
              presetPositions={presetPositions}
              pinned={arrangement?.pinned ?? []}
              onArrange={(positions, moved) =>
                useAppStore.getState().saveArrangement(arrangementKey, { positions, pinned: [...new Set([...(arrangement?.pinned ?? []), moved])] })
              }
              label={`${t.appTitle}: ${plan.document.title ?? plan.document.id}`}
              onNodeTap={(id) => select({ type: id.split(':')[0] as 'unit' | 'task' | 'project', id })}
              onEdgeTap={(id) => select(selectionOfElement(id))}
              onNodeHover={hover}
              onBackgroundTap={() => select(null)}
            />
          )}
          {network && (
            <div className="graph-footer">
              <Legend view={view} unitKinds={unitKinds} projectKinds={projectKinds} />
              <span className="muted stats" data-testid="graph-stats">
                {t.stats(visibleNodes, visibleEdges)}
              </span>
              <button className="button" title={t.relayoutTitle} onClick={() => useAppStore.getState().resetArrangement(arrangementKey)}>
                {arrangement ? t.resetLayout : t.relayout}
              </button>
              <ExportMenu />
            </div>
          )}
        </section>
        <aside className="panel">
          <div className="tabs" role="tablist">
            {(
              [
                ['rankings', t.panelRankings],
                ['detail', selected?.type === 'task' ? t.panelTask : selected?.type === 'project' ? t.projects : selected?.type === 'pair' ? t.pair : t.panelUnit],
                ['communities', t.panelCommunities],
                ['quality', t.panelQuality],
                ['methods', t.panelMethods],
              ] as ReadonlyArray<[PanelName, string]>
            ).map(([id, label]) => (
              <button key={id} role="tab" aria-selected={panel === id} className={panel === id ? 'active' : ''} onClick={() => setPanel(id)}>
                {label}
              </button>
            ))}
          </div>
          {plan && panel === 'rankings' && <RankingsPanel />}
          {plan && panel === 'quality' && <FindingsPanel plan={plan} />}
          {plan && panel === 'detail' && <Detail />}
          {plan && panel === 'communities' && <CommunitiesPanel />}
          {panel === 'methods' && <MethodsPanel />}
        </aside>
      </main>
    </div>
  );
}

function Detail() {
  const t = useMessages();
  const plan = useAppStore(selectPlan)!;
  const selected = useAppStore(selectSelected);
  const previousUnit = useAppStore((s) => s.focusUnit);
  if (!selected) return <p className="muted">{t.noSelection}</p>;
  const name = selected.id.slice(selected.id.indexOf(':') + 1);
  if (selected.type === 'unit') return <UnitProfile plan={plan} unit={name} />;
  if (selected.type === 'project') return <ProjectDetail plan={plan} project={name} />;
  if (selected.type === 'pair') return <PairDetail plan={plan} pair={selected.id} />;
  const task = plan.tasks.find((x) => x.ordinal === Number(name));
  return task ? <TaskDetail plan={plan} task={task} focusUnit={previousUnit} /> : null;
}
