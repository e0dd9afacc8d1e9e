/**
 * Row shapes of the corpus and comparison queries (cypher/corpus, compare-plans,
 * compare-pairs, trend, lead-shares), validated when they arrive from the read-only HTTP layer.
 */
import { z } from 'zod';
import { PlanLevel } from '../../../ingest/model/plan-document';

export const CompareBy = z.enum(['identity', 'function']);
export type CompareBy = z.infer<typeof CompareBy>;

export const CorpusRow = z.object({
  document: z.string(),
  title: z.string().nullable(),
  region: z.string().nullable(),
  level: PlanLevel.nullable(),
  year: z.number().nullable(),
  tasks: z.number(),
  units: z.number(),
  assignments: z.number(),
  findings: z.number(),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

export const UnitDiffRow = z.object({
  key: z.string(),
  namesA: z.array(z.string()),
  namesB: z.array(z.string()),
  status: z.enum(['new', 'dropped', 'grown', 'shrunk', 'same']),
  ledA: z.number(),
  ledB: z.number(),
  ledChange: z.number(),
  primaryA: z.number(),
  primaryB: z.number(),
  supportedA: z.number(),
  supportedB: z.number(),
  supportedChange: z.number(),
  partnersA: z.number(),
  partnersB: z.number(),
  partnersChange: z.number(),
  loadA: z.number(),
  loadB: z.number(),
  loadChange: z.number(),
  betweennessA: z.number(),
  betweennessB: z.number(),
  betweennessChange: z.number(),
});
export type UnitDiffRow = z.infer<typeof UnitDiffRow>;

export const PairDiffRow = z.object({
  a: z.string(),
  b: z.string(),
  sharedA: z.number(),
  sharedB: z.number(),
  change: z.number(),
  status: z.enum(['appeared', 'disappeared', 'grown', 'shrunk', 'same']),
});
export type PairDiffRow = z.infer<typeof PairDiffRow>;

export const TrendRow = z.object({
  document: z.string(),
  year: z.number().nullable(),
  present: z.boolean(),
  names: z.array(z.string()),
  ledTasks: z.number(),
  supportedTasks: z.number(),
  partners: z.number(),
  coordinationLoad: z.number(),
});
export type TrendRow = z.infer<typeof TrendRow>;

export const LeadShareRow = z.object({
  function: z.string(),
  document: z.string(),
  region: z.string().nullable(),
  year: z.number().nullable(),
  leads: z.number(),
  share: z.number(),
  rank: z.number(),
});
export type LeadShareRow = z.infer<typeof LeadShareRow>;

async function rows<T extends z.ZodType>(schema: T, name: string, params: Record<string, string>): Promise<Array<z.infer<T>>> {
  const response = await fetch(`/api/query/${name}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return z.object({ rows: z.array(schema) }).parse(body).rows;
}

export const fetchCorpus = () => rows(CorpusRow, 'corpus', {});

export async function fetchComparison(documentA: string, documentB: string, by: CompareBy) {
  const params = { documentA, documentB, by, limit: '100000' };
  const [units, pairs] = await Promise.all([rows(UnitDiffRow, 'compare-plans', params), rows(PairDiffRow, 'compare-pairs', params)]);
  return { units, pairs };
}
export type Comparison = Awaited<ReturnType<typeof fetchComparison>>;

export const fetchTrend = (region: string, level: string, by: CompareBy, key: string) => rows(TrendRow, 'trend', { region, level, by, key });

/** Shares of leads of every plan of one level, every year. */
export const fetchLeadShares = (level: PlanLevel) => rows(LeadShareRow, 'lead-shares', { level, year: '' });
