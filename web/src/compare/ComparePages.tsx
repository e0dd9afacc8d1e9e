/**
 * The pages about several plans — the corpus, a comparison of two, a trend over the years,
 * the shares of leads by function —
 * chosen by the URL (compare-url.ts). Each is a link of its own; moving between them loads
 * the page anew, so the plan view's URL state is never touched.
 */
import { pageOfQuery, languageOfQuery, queryOfPage } from './compare-url';
import { COMPARE_MESSAGES } from './compare-messages';
import { CorpusPage } from './CorpusPage';
import { CompareView } from './CompareView';
import { TrendPage } from './TrendPage';
import { SharesPage } from './SharesPage';
import './compare.css';

export const isComparePage = (query: string) => pageOfQuery(query) !== null;

export function ComparePages() {
  const query = window.location.search.slice(1);
  const page = pageOfQuery(query)!;
  const language = languageOfQuery(query);
  const t = COMPARE_MESSAGES[language];
  return (
    <div className="app compare-app" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <header className="app-header">
        <h1>{language === 'zh' ? '分工 · 任务分工网络' : 'Fengong · task-division network'}</h1>
        <a className="button" href={language === 'en' ? '?lang=en' : '?'}>
          {t.backToPlan}
        </a>
        <a className="button" href={queryOfPage({ page: 'corpus' }, language)} aria-current={page.page === 'corpus' ? 'page' : undefined}>
          {t.corpus}
        </a>
        <a className="button" href={queryOfPage({ page: 'shares', plans: [] }, language)} aria-current={page.page === 'shares' ? 'page' : undefined}>
          {t.shares}
        </a>
      </header>
      <main className="compare-main">
        {page.page === 'corpus' && <CorpusPage t={t} language={language} />}
        {page.page === 'compare' && <CompareView page={page} t={t} language={language} />}
        {page.page === 'trend' && <TrendPage page={page} t={t} language={language} />}
        {page.page === 'shares' && <SharesPage plans={page.plans} t={t} language={language} />}
      </main>
    </div>
  );
}
