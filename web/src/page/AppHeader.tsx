/**
 * The top of the plan page: the title, the document chooser, the file opener, the link to
 * the corpus and the language switch; then what went wrong, what a link asked for that does
 * not exist, the plan's title and source, and the view tabs (one per view of view-state.ts).
 */
import { useAppStore } from '../state/store';
import { selectDocumentId, selectDocuments, selectError, selectPlan, selectSource, selectStatus, selectView } from '../state/selectors';
import { VIEW_NAMES, type ViewName } from '../state/view-state';
import { useMessages } from '../i18n/useMessages';
import { PlanFileOpener } from '../panels/PlanFileOpener';
import { NoticeBanner } from '../panels/NoticeBanner';
import { TabButtons } from '../panels/TabButtons';
import { COMPARE_MESSAGES } from '../compare/compare-messages';

export function AppHeader() {
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const status = useAppStore(selectStatus);
  const error = useAppStore(selectError);
  const source = useAppStore(selectSource);
  const documents = useAppStore(selectDocuments);
  const documentId = useAppStore(selectDocumentId);
  const { openDocument, setLanguage } = useAppStore.getState();
  return (
    <>
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
      <ViewTabs />
    </>
  );
}

/** One tab per view, in the schema's order. */
function ViewTabs() {
  const t = useMessages();
  const view = useAppStore(selectView);
  const labels: Readonly<Record<ViewName, string>> = { collaboration: t.viewCollaboration, assignments: t.viewAssignments, projects: t.viewProjects };
  return (
    <nav className="view-tabs" role="tablist">
      <TabButtons names={VIEW_NAMES} labels={labels} active={view} onSelect={(id) => useAppStore.getState().setView(id)} />
    </nav>
  );
}
