/**
 * Two plans side by side on one layout: the union of their collaboration networks is laid
 * out once, so a unit (by identity or by function — the mode is stated) stands at the same
 * place in both pictures; colours say what is new, dropped, grown or shrunk; the diff tables
 * give the numbers.
 */
import { useEffect, useMemo, useState } from 'react';
import { fetchComparison, fetchCorpus, type Comparison, type CorpusRow } from './compare-rows';
import { queryOfPage, type ComparePage } from './compare-url';
import type { CompareMessages } from './compare-messages';
import { sharedFrame, unionLayout } from './union-network';
import { ComparePicture } from './ComparePicture';
import { CHANGE_COLOURS, LEGEND_STATUSES } from './change-palette';
import { DiffTables } from './DiffTables';
import { CompareExport } from './CompareExport';

type Page = Extract<ComparePage, { page: 'compare' }>;

export function CompareView({ page, t, language }: { page: Page; t: CompareMessages; language: 'zh' | 'en' }) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [plans, setPlans] = useState<CorpusRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchComparison(page.documentA, page.documentB, page.by).then(setComparison, (e: Error) => setError(e.message));
    fetchCorpus().then(setPlans, () => setPlans([]));
  }, [page.documentA, page.documentB, page.by]);
  const positions = useMemo(() => (comparison ? unionLayout(comparison) : null), [comparison]);
  if (error) return <p className="error-banner" role="alert">{`${t.failed}: ${error}`}</p>;
  if (!comparison || !positions) return <p className="muted">{t.loading}</p>;

  const frame = sharedFrame(positions);
  const [planA, planB] = [plans.find((p) => p.document === page.documentA), plans.find((p) => p.document === page.documentB)];
  const titleOf = (id: string, plan: CorpusRow | undefined) => (plan ? `${plan.title ?? id}${plan.year ? ` (${plan.year})` : ''}` : id);
  const names = new Map(comparison.units.map((u) => [u.key, [...new Set([...u.namesB, ...u.namesA])].join('、') || u.key]));
  const nameOf = (key: string) => names.get(key) ?? key;
  // A trend follows one region and level: plan B's (the later or compared plan).
  const trendLink = (key: string) =>
    planB?.region && planB.level ? queryOfPage({ page: 'trend', key, region: planB.region, level: planB.level, by: page.by }, language) : null;
  const other = page.by === 'identity' ? 'function' : 'identity';
  return (
    <section className="compare-view" data-testid="compare-view" data-mode={page.by}>
      <h2>{t.compareTitle}</h2>
      <p className="compare-mode" data-testid="compare-mode">
        <strong>{page.by === 'identity' ? t.byIdentity : t.byFunction}</strong>：{t.modeStated(page.by)}{' '}
        <a href={queryOfPage({ ...page, by: other }, language)}>{other === 'identity' ? t.byIdentity : t.byFunction}</a>
      </p>
      <div className="compare-legend" data-testid="compare-legend">
        <span>{t.legendUnits}</span>
        {LEGEND_STATUSES.map((s) => (
          <span key={s} className="legend-item">
            <span className="change-mark" style={{ background: CHANGE_COLOURS[s] }} />
            {t.status[s]}
          </span>
        ))}
        <span className="legend-item">
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="none" stroke="#b8bcc4" strokeDasharray="3 3" /></svg>
          {t.absent}
        </span>
      </div>
      <div className="compare-pictures">
        <ComparePicture side="A" title={`A · ${titleOf(page.documentA, planA)}`} comparison={comparison} positions={positions} frame={frame} absentLabel={t.absent} statusLabel={(s) => t.status[s] ?? s} />
        <ComparePicture side="B" title={`B · ${titleOf(page.documentB, planB)}`} comparison={comparison} positions={positions} frame={frame} absentLabel={t.absent} statusLabel={(s) => t.status[s] ?? s} />
      </div>
      <CompareExport page={page} comparison={comparison} positions={positions} plans={plans} nameOf={nameOf} t={t} />
      <DiffTables comparison={comparison} t={t} nameOf={nameOf} trendLink={trendLink} />
    </section>
  );
}
