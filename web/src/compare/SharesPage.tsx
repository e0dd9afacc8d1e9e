/**
 * Which functions lead the work, plan by plan: one row per function, one column per chosen
 * plan (every plan of the corpus unless the link names some), the share of the plan's leads
 * in each cell; sortable by any column, the choice kept in the link, the table as CSV.
 */
import { useEffect, useMemo, useState } from 'react';
import { SortHeader } from './SortHeader';
import { fetchCorpus, fetchLeadShares, type CorpusRow, type LeadShareRow } from './compare-rows';
import { queryOfPage } from './compare-url';
import type { CompareMessages } from './compare-messages';
import { functionName, percent, shareRows, sharesCsv, sortShareRows, type SharesSort } from './shares-table';
import { download } from './diff-csv';

export function SharesPage({ plans: asked, t, language }: { plans: string[]; t: CompareMessages; language: 'zh' | 'en' }) {
  const [corpus, setCorpus] = useState<CorpusRow[] | null>(null);
  const [shares, setShares] = useState<LeadShareRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>(asked);
  const [sort, setSort] = useState<SharesSort | null>(null);
  useEffect(() => {
    fetchCorpus().then(setCorpus, (e: Error) => setError(e.message));
  }, []);
  // The plans in the order the link names them; none named: the whole corpus.
  const known = useMemo(() => (chosen.length === 0 ? (corpus ?? []) : chosen.flatMap((d) => (corpus ?? []).filter((p) => p.document === d))), [corpus, chosen]);
  // The query answers per level; every level of the chosen plans is asked for, once.
  const levels = [...new Set(known.flatMap((p) => (p.level ? [p.level] : [])))].sort().join(',');
  useEffect(() => {
    if (!levels) return;
    Promise.all(levels.split(',').map((l) => fetchLeadShares(l as NonNullable<CorpusRow['level']>))).then((r) => setShares(r.flat()), (e: Error) => setError(e.message));
  }, [levels]);
  if (error) return <p className="error-banner" role="alert">{`${t.failed}: ${error}`}</p>;
  if (!corpus || (levels && !shares)) return <p className="muted">{t.loading}</p>;

  const documents = known.map((p) => p.document);
  const name = (id: string) => functionName(id, language, t.unknownFunction);
  const heading = (p: CorpusRow) => [p.region, p.year, p.level ? t.levels[p.level] : null].filter((x) => x !== null).join(' ') || p.document;
  const order = sort ?? { column: documents[0] ?? 'function', descending: documents.length > 0 };
  const rows = sortShareRows(shareRows(shares ?? [], documents), order, name);
  const choose = (next: string[]) => {
    setChosen(next);
    window.history.replaceState(null, '', queryOfPage({ page: 'shares', plans: next.length === corpus.length ? [] : next }, language));
  };
  const toggle = (id: string) => choose(documents.includes(id) ? documents.filter((d) => d !== id) : [...documents, id]);
  const sortBy = (column: string) => setSort({ column, descending: order.column === column ? !order.descending : column !== 'function' });
  return (
    <section className="shares-page" data-testid="shares-page">
      <h2>{t.sharesTitle}</h2>
      <p className="muted shares-note">{t.sharesNote}</p>
      <details className="shares-plans">
        <summary>{`${t.choosePlans} (${documents.length} / ${corpus.length})`}</summary>
        {corpus.map((p) => (
          <label key={p.document} className="shares-plan" data-document={p.document}>
            <input type="checkbox" checked={documents.includes(p.document)} disabled={documents.length === 1 && documents.includes(p.document)} onChange={() => toggle(p.document)} />
            {`${heading(p)} · ${p.title ?? p.document}`}
          </label>
        ))}
      </details>
      <p>
        <button className="button" onClick={() => download(sharesCsv(rows, documents, name), `lead-shares-${documents.length}-plans.csv`)}>
          {t.sharesCsv}
        </button>
      </p>
      <div className="table-scroll shares-scroll">
        <table className="diff-table shares-table" data-testid="shares-table">
          <thead>
            <tr>
              <SortHeader label={t.functionColumn} sorted={order.column === 'function'} descending={order.descending} onSort={() => sortBy('function')} />
              {known.map((p) => (
                <SortHeader
                  key={p.document}
                  data-document={p.document}
                  title={p.title ?? p.document}
                  label={heading(p)}
                  sorted={order.column === p.document}
                  descending={order.descending}
                  onSort={() => sortBy(p.document)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.function} data-function={r.function}>
                <th scope="row">{name(r.function)}</th>
                {documents.map((d) => (
                  <td key={d} className={`number${r.cells[d]!.leads === 0 ? ' muted' : ''}`} data-document={d} data-leads={r.cells[d]!.leads}>
                    {percent(r.cells[d]!.share)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-function="total">
              <th scope="row">{t.total}</th>
              {documents.map((d) => (
                <td key={d} className="number" data-document={d}>
                  {percent(rows.reduce((s, r) => s + r.cells[d]!.share, 0))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
