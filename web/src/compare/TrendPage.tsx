/** One unit's (or one function's) share of the work across the years of a region: the trend query drawn as a line chart. */
import { useEffect, useState } from 'react';
import { fetchTrend, type TrendRow } from './compare-rows';
import type { ComparePage } from './compare-url';
import type { CompareMessages } from './compare-messages';
import { TrendChart } from './TrendChart';

type Page = Extract<ComparePage, { page: 'trend' }>;

export function TrendPage({ page, t }: { page: Page; t: CompareMessages; language: 'zh' | 'en' }) {
  const [rows, setRows] = useState<TrendRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchTrend(page.region, page.level, page.by, page.key).then(setRows, (e: Error) => setError(e.message));
  }, [page.region, page.level, page.by, page.key]);
  if (error) return <p className="error-banner" role="alert">{`${t.failed}: ${error}`}</p>;
  if (!rows) return <p className="muted">{t.loading}</p>;
  const name = [...new Set(rows.flatMap((r) => r.names))].join(' / ') || page.key;
  return (
    <section className="trend-page" data-testid="trend-page">
      <h2>{t.trendTitle(name, page.region)}</h2>
      {rows.length === 0 ? <p className="muted">{t.noData}</p> : <TrendChart rows={rows} t={t} />}
    </section>
  );
}
