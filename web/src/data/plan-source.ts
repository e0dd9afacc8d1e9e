/**
 * Where the app's data comes from: the read-only HTTP layer (named queries against Neo4j)
 * or a parsed-plan JSON opened from disk. Both give a ParsedPlan validated by the same
 * schema and the same rankings; from a file the rankings are computed here by the pure
 * functions the integration tests prove equal to the Cypher queries — all but betweenness,
 * which a worker adds where it is shown (useRankingsWithBetweenness.ts).
 */
import { z } from 'zod';
import { ParsedPlan } from '../../../ingest/model';
import { unitLoads } from '../../../ingest/metrics/unit-load';
import { partMetrics } from './plan-metrics';
import { CoOwnershipRow, DocumentRow, WorkloadRow, type Rankings } from './ranking-rows';

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body;
}

const rowsOf = <T extends z.ZodType>(schema: T, body: unknown) => z.object({ rows: z.array(schema) }).parse(body).rows;

export async function fetchDocuments(): Promise<DocumentRow[]> {
  return rowsOf(DocumentRow, await getJson('/api/query/documents'));
}

export async function fetchPlan(document: string): Promise<ParsedPlan> {
  const body = z.object({ plan: ParsedPlan }).parse(await getJson(`/api/plan/${encodeURIComponent(document)}`));
  return body.plan;
}

export async function fetchRankings(document: string): Promise<Rankings> {
  const q = `document=${encodeURIComponent(document)}`;
  const [workload, pairs] = await Promise.all([getJson(`/api/query/workload?${q}`), getJson(`/api/query/co-ownership?${q}&limit=100000`)]);
  return { workload: rowsOf(WorkloadRow, workload), coOwnership: rowsOf(CoOwnershipRow, pairs) };
}

export function localRankings(plan: ParsedPlan): Rankings {
  // The same counts the network of the whole plan is drawn from (kept per plan).
  const { teams, pairs } = partMetrics(plan, []);
  const kindOf = new Map(plan.units.map((u) => [u.name, u.kind]));
  const numberOf = new Map(plan.tasks.map((t) => [t.ordinal, t.number]));
  const workload = unitLoads(plan.units.map((u) => u.name), teams, pairs)
    .map((w) => ({ ...w, betweenness: null, kind: kindOf.get(w.unit)! }))
    .sort((a, b) => b.coordinationLoad - a.coordinationLoad || b.ledTasks - a.ledTasks || (a.unit < b.unit ? -1 : 1));
  const coOwnershipRows = pairs.map((p) => ({
    a: p.a,
    b: p.b,
    shared: p.shared,
    leadLead: p.leadLead,
    leadSupport: p.leadSupport,
    supportSupport: p.supportSupport,
    tasks: p.tasks.map((o) => numberOf.get(o)).filter((n): n is number => n !== null && n !== undefined),
  }));
  return { workload, coOwnership: coOwnershipRows };
}
