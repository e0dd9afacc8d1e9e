/**
 * The plans in the database: region, level, year and sizes, sortable by any column and
 * filtered by region, level and year. A title opens the plan; two ticked plans open the
 * compare view.
 */
import { useEffect, useState } from 'react';
import { fetchCorpus, type CompareBy, type CorpusRow } from './compare-rows';
import { choices, corpusRows, type CorpusColumn, type CorpusFilter, type CorpusSort } from './corpus-table';
import { queryOfPage } from './compare-url';
import type { CompareMessages } from './compare-messages';
import { SortHeader } from './SortHeader';

const NUMBERS: readonly CorpusColumn[] = ['tasks', 'units', 'assignments', 'findings'];

export function CorpusPage({ t, language }: { t: CompareMessages; language: 'zh' | 'en' }) {
  const [rows, setRows] = useState<CorpusRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<CorpusFilter>({ region: '', level: '', year: '' });
  const [sort, setSort] = useState<CorpusSort>({ column: 'region', descending: false });
  const [chosen, setChosen] = useState<string[]>([]);
  const [by, setBy] = useState<CompareBy>('identity');
  useEffect(() => {
    fetchCorpus().then(setRows, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p className="error-banner" role="alert">{`${t.failed}: ${error}`}</p>;
  if (!rows) return <p className="muted">{t.loading}</p>;
  const shown = corpusRows(rows, filter, sort);
  const columns: Array<[CorpusColumn, string]> = [['title', t.title], ['region', t.region], ['level', t.level], ['year', t.year], ...NUMBERS.map((c) => [c, t[c]] as [CorpusColumn, string])];
  const label = (column: 'region' | 'level' | 'year', v: string) => (column === 'level' ? (t.levels as Record<string, string>)[v] ?? v : v);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2)));
  const compareLink = chosen.length === 2 ? queryOfPage({ page: 'compare', documentA: chosen[0]!, documentB: chosen[1]!, by }, language) : null;
  return (
    <section className="corpus-page" data-testid="corpus-page">
      <h2>{t.corpusTitle}</h2>
      <div className="corpus-filters">
        {(['region', 'level', 'year'] as const).map((column) => (
          <label key={column} className="field inline">
            <span>{t[column]}</span>
            <select aria-label={t[column]} value={filter[column]} onChange={(e) => setFilter({ ...filter, [column]: e.target.value })}>
              <option value="">{t.any}</option>
              {choices(rows, column).map((v) => (
                <option key={v} value={v}>
                  {label(column, v)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <span className="muted" data-testid="corpus-count">{t.plansShown(shown.length, rows.length)}</span>
      </div>
      <div className="corpus-compare">
        <select aria-label={t.byIdentity} value={by} onChange={(e) => setBy(e.target.value as CompareBy)}>
          <option value="identity">{t.byIdentity}</option>
          <option value="function">{t.byFunction}</option>
        </select>
        {compareLink ? <a className="button" href={compareLink}>{t.compareChosen}</a> : <span className="muted">{t.chooseTwo}</span>}
      </div>
      <table className="corpus-table">
        <thead>
          <tr>
            <th />
            {columns.map(([column, name]) => (
              <SortHeader
                key={column}
                label={name}
                sorted={sort.column === column}
                descending={sort.descending}
                onSort={() => setSort({ column, descending: sort.column === column ? !sort.descending : NUMBERS.includes(column) })}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.document} data-document={r.document}>
              <td>
                <input type="checkbox" aria-label={r.title ?? r.document} checked={chosen.includes(r.document)} onChange={() => toggle(r.document)} />
              </td>
              <td>
                <a href={`?doc=${encodeURIComponent(r.document)}${language === 'en' ? '&lang=en' : ''}`}>{r.title ?? r.document}</a>
              </td>
              <td>{r.region ?? ''}</td>
              <td>{r.level ? t.levels[r.level] : ''}</td>
              <td>{r.year ?? ''}</td>
              {NUMBERS.map((c) => (
                <td key={c} className="number">{r[c]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
