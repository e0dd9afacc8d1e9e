/** A corpus loaded a few plans at a time: every plan whole, outcomes in the files' order, the later file of a document last. */
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../ingest/load/load-plan';
import { loadCorpus, type CorpusOutcome, type ReadPlan } from '../../ingest/load/load-corpus';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { seedPlan } from '../support/_plans';
import { documentFacts, driver, read, removeDocuments, settings, smallPlan } from '../support/_database';

const PREFIX = 'it-corpus-';
const d = driver();

afterAll(async () => {
  await removeDocuments(d, PREFIX);
  await d.close();
});

const seedAs = (id: string) => {
  const seed = seedPlan();
  return { ...seed, document: { ...seed.document, id, sourceFile: `${id}.txt` } };
};

async function all<S, R extends ReadPlan>(outcomes: AsyncIterable<CorpusOutcome<S, R>>): Promise<Array<CorpusOutcome<S, R>>> {
  const list: Array<CorpusOutcome<S, R>> = [];
  for await (const outcome of outcomes) list.push(outcome);
  return list;
}

describe('loading a corpus several plans at a time', () => {
  it('loads every plan whole, gives the outcomes in the order of the sources, and goes on past a failure', async () => {
    await applySchema(d, settings);
    const ids = Array.from({ length: 7 }, (_, i) => `${PREFIX}${i}`);
    // Source 3 fails to read; the others are seed copies and small plans mixed, so loads end out of order.
    const sources = ids.map((id, i) => ({ id, i }));
    const readSource = async ({ id, i }: { id: string; i: number }) => {
      if (i === 3) throw new Error(`cannot read ${id}`);
      return { plan: i % 2 === 0 ? seedAs(id) : smallPlan(id) };
    };
    const outcomes = await all(loadCorpus(d, settings, sources, readSource, { inFlight: 3 }));
    expect(outcomes.map((o) => o.source.id)).toEqual(ids);
    expect(outcomes.map((o) => ('result' in o ? o.result.status : String(o.error)))).toEqual(['loaded', 'loaded', 'loaded', `Error: cannot read ${PREFIX}3`, 'loaded', 'loaded', 'loaded']);
    const seed = seedPlan();
    for (const [i, id] of ids.entries()) {
      if (i === 3) {
        expect(await documentFacts(d, id)).toBe(0);
        continue;
      }
      const expected = i % 2 === 0 ? seed : smallPlan(id);
      const [row] = await read<{ tasks: number; assignments: number }>(
        d,
        'MATCH (t:Task {document: $id}) OPTIONAL MATCH (t)<-[a:LEADS|SUPPORTS]-() RETURN count(DISTINCT t) AS tasks, count(a) AS assignments',
        { id },
      );
      expect(row).toEqual({ tasks: expected.tasks.length, assignments: expected.assignments.length });
    }
  });

  it('writes a document named twice in the order of its sources, so the later version is the one kept', async () => {
    const id = `${PREFIX}twice`;
    const version = (title: string) => parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: 'c'.repeat(64), text: `${title}\n1.建设梅龙高铁。\n部门分工:省发展改革委牵头。\n` });
    // The first version is the seed-sized one, so it would still be writing when the second is read.
    const first = seedAs(id);
    const second = version('广东省第二版分工方案');
    const outcomes = await all(loadCorpus(d, settings, [first, second], async (plan) => ({ plan }), { inFlight: 3 }));
    expect(outcomes.map((o) => ('result' in o ? o.result.status : String(o.error)))).toEqual(['loaded', 'replaced']);
    const [row] = await read<{ tasks: number; title: string }>(d, 'MATCH (doc:Document {id: $id}) MATCH (t:Task {document: $id}) RETURN doc.title AS title, count(t) AS tasks', { id });
    expect(row).toEqual({ title: second.document.title, tasks: 1 });
  });

  it('stops the plans not yet started when the consumer stops, and waits for those being written', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `${PREFIX}stop-${i}`);
    let reads = 0;
    const outcomes = loadCorpus(d, settings, ids, async (id) => (reads++, { plan: smallPlan(id) }), { inFlight: 2 });
    for await (const outcome of outcomes) {
      expect('result' in outcome && outcome.result.status).toBe('loaded');
      break;
    }
    // Only the first plan and the one read ahead of it were read; the second may have been
    // writing already, and then it finished whole.
    expect(reads).toBe(2);
    const loaded = await read<{ id: string; tasks: number }>(
      d,
      'MATCH (doc:Document) WHERE doc.id STARTS WITH $p OPTIONAL MATCH (t:Task {document: doc.id}) RETURN doc.id AS id, count(t) AS tasks ORDER BY id',
      { p: `${PREFIX}stop-` },
    );
    expect(loaded.map((r) => r.id)).toEqual(ids.slice(0, loaded.length));
    expect(loaded.length).toBeGreaterThanOrEqual(1);
    expect(loaded.length).toBeLessThanOrEqual(2);
    expect(loaded.every((r) => r.tasks === 1)).toBe(true);
  });
});
