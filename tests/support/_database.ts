/** Integration-test helpers: the driver, counts of what a document holds, throwaway plans. */
import type { Driver } from 'neo4j-driver';
import { neo4jSettings } from '../../db/neo4j-settings';
import { openDriver } from '../../db/connect';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import type { ParsedPlan } from '../../ingest/model';

export const settings = neo4jSettings();
export const SEED_ID = 'guangdong-2022-task-division';

export function driver(): Driver {
  return openDriver(settings);
}

export async function read<T = Record<string, unknown>>(d: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await d.executeQuery(cypher, params, { database: settings.database });
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, r.get(k)])) as T);
}

/** Nodes and relationships of the whole database, by label and type. */
export async function graphCounts(d: Driver): Promise<Record<string, number>> {
  const nodes = await read<{ label: string; n: number }>(d, 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const rels = await read<{ type: string; n: number }>(d, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return Object.fromEntries([...nodes.map((r) => [r.label, r.n]), ...rels.map((r) => [r.type, r.n])]);
}

/** Everything stored for one document, node by node. */
export async function documentFacts(d: Driver, id: string): Promise<number> {
  const [row] = await read<{ n: number }>(
    d,
    'MATCH (n) WHERE n.document = $id OR (n:Document AND n.id = $id) RETURN count(n) AS n',
    { id },
  );
  return row!.n;
}

/** Removes every document whose id starts with `prefix`, with all its facts: what a test file wrote. */
export async function removeDocuments(d: Driver, prefix: string): Promise<void> {
  await d.executeQuery('MATCH (n) WHERE n.document STARTS WITH $prefix OR (n:Document AND n.id STARTS WITH $prefix) DETACH DELETE n', { prefix }, { database: settings.database });
}

export function smallPlan(id: string, division = '部门分工:省财政厅牵头,省教育厅、科技厅等配合。'): ParsedPlan {
  return parsePlanText({
    id,
    sourceFile: `${id}.txt`,
    contentHash: 'a'.repeat(64),
    text: `1.建设梅龙高铁。\n工作措施:加快梅龙等高铁建设。\n${division}\n`,
  });
}
