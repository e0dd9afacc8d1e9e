/**
 * The corpus, compare and trend pages in the URL, so that a link reproduces them:
 * `?page=corpus`, `?compare=docA,docB&by=identity|function`,
 * `?trend=<key>&region=浙江&level=province&by=identity`, `?page=shares[&plans=docA,docB,…]`
 * (no plans: every plan of the corpus). Pure: query string ↔ page.
 */
import { PlanLevel } from '../../../ingest/model/plan-document';
import { CompareBy } from './compare-rows';

export type ComparePage =
  | { page: 'corpus' }
  | { page: 'shares'; plans: string[] }
  | { page: 'compare'; documentA: string; documentB: string; by: CompareBy }
  | { page: 'trend'; key: string; region: string; level: PlanLevel; by: CompareBy };

/** The page the query asks for, or null for the plan view. */
export function pageOfQuery(query: string): ComparePage | null {
  const q = new URLSearchParams(query);
  const by = CompareBy.catch('identity').parse(q.get('by') ?? undefined);
  const compare = q.get('compare');
  if (compare) {
    const [documentA, documentB] = compare.split(',');
    if (documentA && documentB) return { page: 'compare', documentA, documentB, by };
  }
  const key = q.get('trend');
  const region = q.get('region');
  const level = PlanLevel.safeParse(q.get('level'));
  if (key && region && level.success) return { page: 'trend', key, region, level: level.data, by };
  if (q.get('page') === 'shares') return { page: 'shares', plans: (q.get('plans') ?? '').split(',').filter(Boolean) };
  if (q.get('page') === 'corpus' || compare !== null || key !== null) return { page: 'corpus' };
  return null;
}

export function queryOfPage(page: ComparePage, language: 'zh' | 'en'): string {
  const q = new URLSearchParams();
  if (page.page === 'corpus') q.set('page', 'corpus');
  if (page.page === 'shares') {
    q.set('page', 'shares');
    if (page.plans.length > 0) q.set('plans', page.plans.join(','));
  }
  if (page.page === 'compare') {
    q.set('compare', `${page.documentA},${page.documentB}`);
    q.set('by', page.by);
  }
  if (page.page === 'trend') {
    q.set('trend', page.key);
    q.set('region', page.region);
    q.set('level', page.level);
    q.set('by', page.by);
  }
  if (language === 'en') q.set('lang', 'en');
  return `?${q}`;
}

export const languageOfQuery = (query: string): 'zh' | 'en' => (new URLSearchParams(query).get('lang') === 'en' ? 'en' : 'zh');
