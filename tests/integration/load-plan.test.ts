/** The loader against the real Neo4j: counts, idempotence, replacement, isolation, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { documentFacts, driver, graphCounts, read, removeDocuments, SEED_ID, settings, smallPlan } from '../support/_database';
import { loadPlan, applySchema } from '../../ingest/load/load-plan';
import { seedPlan } from '../support/_plans';
import { openDriver } from '../../db/connect';
import { runNamedQuery } from '../../cypher/named-queries';
import { planFromGraph } from '../../web/server/plan-from-graph';
import { readCorpusPlan } from '../support/_corpus';

let d: Driver;
beforeAll(() => {
  d = driver();
});
afterAll(async () => {
  await removeDocuments(d, 'it-');
  await d.close();
});

describe('loading the seed', () => {
  it('stores 112 LEADS and 576 SUPPORTS relationships with their order and source span (surface, line and paragraph not repeated from the unit and the division)', async () => {
    const [row] = await read<{ leads: number; supports: number }>(
      d,
      `CALL () { MATCH (:Unit {document: $id})-[r:LEADS]->(:Task) RETURN count(r) AS leads }
       CALL () { MATCH (:Unit {document: $id})-[r:SUPPORTS]->(:Task) RETURN count(r) AS supports }
       RETURN leads, supports`,
      { id: SEED_ID },
    );
    expect(row).toEqual({ leads: 112, supports: 576 });
    const [first] = await read(
      d,
      `MATCH (u:Unit)-[r:LEADS]->(t:Task {document: $id, ordinal: 4}) RETURN u.name AS unit, r.order AS order, r.line AS ownLine, r.surface AS ownSurface, t.division_line AS line, r.start AS start, r.end AS end ORDER BY r.order`,
      { id: SEED_ID },
    );
    const task13 = seedPlan().assignments.find((a) => a.task === 4 && a.role === 'lead')!;
    expect(first).toEqual({ unit: '省发展改革委', order: 1, ownLine: null, ownSurface: null, line: 27, start: task13.span.start, end: task13.span.end });
    expect(task13.surface).toBe('省发展改革委');
  });

  it('links tasks to their sections and projects to the tasks that mention them', async () => {
    const [row] = await read(
      d,
      `MATCH (t:Task {document: $id, number: 46})-[:IN_SECTION]->(s:Section)
       MATCH (t)-[m:MENTIONS]->(p:Project {name: '广州港南沙港区四期工程'})
       RETURN s.number AS section, m.surface AS surface, m.stage AS stage, p.kind AS kind`,
      { id: SEED_ID },
    );
    expect(row).toEqual({ section: 5, surface: '广州港南沙四期', stage: 'construction', kind: 'port' });
  });

  it('changes nothing when the same document is loaded again', async () => {
    const before = await graphCounts(d);
    const result = await loadPlan(d, settings, seedPlan());
    expect(result.status).toBe('unchanged');
    expect(await graphCounts(d)).toEqual(before);
  });
});

describe('replacing a document', () => {
  it('replaces a changed version and touches no other document', async () => {
    await loadPlan(d, settings, smallPlan('it-other'));
    await loadPlan(d, settings, smallPlan('it-changing'));
    const otherBefore = await documentFacts(d, 'it-other');
    const seedBefore = await documentFacts(d, SEED_ID);

    const changed = smallPlan('it-changing', '部门分工:省商务厅牵头,省财政厅配合。');
    const result = await loadPlan(d, settings, changed);
    expect(result.status).toBe('replaced');
    const rows = await read(d, 'MATCH (u:Unit)-[r:LEADS|SUPPORTS]->(t:Task {document: "it-changing"}) RETURN u.name AS unit, type(r) AS role ORDER BY role, unit');
    expect(rows).toEqual([
      { unit: '省商务厅', role: 'LEADS' },
      { unit: '省财政厅', role: 'SUPPORTS' },
    ]);
    expect(await read(d, 'MATCH (u:Unit {document: "it-changing", name: "省教育厅"}) RETURN u')).toEqual([]);
    expect(await documentFacts(d, 'it-other')).toBe(otherBefore);
    expect(await documentFacts(d, SEED_ID)).toBe(seedBefore);
  });
});

describe('a plan that would reach into another document', () => {
  it('is refused: a document id `A/unit/x` changes nothing of document A', async () => {
    await loadPlan(d, settings, smallPlan('it-victim'));
    const before = await read(d, 'MATCH (u:Unit {document: "it-victim"})-[r]->(t) RETURN u.name AS unit, type(r) AS role ORDER BY unit');
    const attack = smallPlan('it-victim', '部门分工:省商务厅牵头。');
    const crafted = { ...attack, document: { ...attack.document, id: 'it-victim/unit/省财政厅' } };
    await expect(loadPlan(d, settings, crafted)).rejects.toMatchObject({
      code: 'invalid-plan',
      message: expect.stringMatching(/it-victim\.txt: fails validation at document\.id: a document id is letters and digits/),
    });
    expect(await read(d, 'MATCH (u:Unit {document: "it-victim"})-[r]->(t) RETURN u.name AS unit, type(r) AS role ORDER BY unit')).toEqual(before);
    expect(await read(d, 'MATCH (n) WHERE n.document STARTS WITH "it-victim/" OR n.id STARTS WITH "it-victim/" RETURN n')).toEqual([]);
  });

  it('is refused when it names a unit it does not list, before anything is written', async () => {
    const plan = smallPlan('it-dangling');
    const broken = { ...plan, assignments: plan.assignments.map((a, i) => (i === 0 ? { ...a, unit: '省不存在厅' } : a)) };
    await expect(loadPlan(d, settings, broken)).rejects.toMatchObject({
      code: 'invalid-plan',
      message: expect.stringContaining('fails validation at assignments.0.unit: unit "省不存在厅" is not among the plan\'s units'),
    });
    expect(await documentFacts(d, 'it-dangling')).toBe(0);
  });
});

describe('errors a user can act on', () => {
  it('says when authentication fails', async () => {
    const wrong = { ...settings, password: 'not-the-password' };
    const bad = openDriver(wrong);
    await expect(applySchema(bad, wrong)).rejects.toMatchObject({ code: 'auth-failed', message: expect.stringMatching(/authentication failed for user "neo4j" .* NEO4J_PASSWORD/) });
    await bad.close();
  });

  it('says when the database cannot be reached', async () => {
    const nowhere = { ...settings, uri: 'bolt://127.0.0.1:1', local: false };
    const bad = openDriver(nowhere);
    await expect(loadPlan(bad, nowhere, smallPlan('it-nowhere'))).rejects.toMatchObject({ code: 'cannot-connect', message: expect.stringContaining('bolt://127.0.0.1:1') });
    await bad.close();
  });

  it('says when another schema is in the way', async () => {
    // An index of someone else's on the Document's id keeps the uniqueness constraint from being created.
    await read(d, 'DROP CONSTRAINT document_id IF EXISTS');
    await read(d, 'CREATE INDEX it_conflict IF NOT EXISTS FOR (n:Document) ON (n.id)');
    try {
      await expect(applySchema(d, settings)).rejects.toMatchObject({ code: 'schema-conflict', message: expect.stringMatching(/drop it, or point NEO4J_DATABASE/) });
    } finally {
      await read(d, 'DROP INDEX it_conflict IF EXISTS');
      await applySchema(d, settings);
    }
  });
});

describe('plans in other layouts, through the database and back', () => {
  it.each([
    ['chengdu-city-2023', 5, '二(一)'],
    ['wenzhou-city-2023', 4, '5'],
  ])('%s keeps task labels, leaders, deadlines, level and layout as the parser read them', async (name, index, label) => {
    const { plan: parsed } = readCorpusPlan(name);
    const id = `it-${name}`;
    const plan = { ...parsed, document: { ...parsed.document, id } };
    await applySchema(d, settings);
    await loadPlan(d, settings, plan);
    const rows = await runNamedQuery(d, settings, 'plan', { document: id });
    const back = planFromGraph(rows[0]!).plan;
    expect(back.document).toMatchObject({ level: 'city', layout: plan.document.layout });
    expect(back.tasks.map((t) => [t.label, t.leads, t.supports, t.leaders, t.deadline])).toEqual(
      plan.tasks.map((t) => [t.label, t.leads, t.supports, t.leaders, t.deadline]),
    );
    expect(back.tasks[index]!.label).toBe(label);
  });

  it('stores the leaders and deadline of a task', async () => {
    const [row] = await read(d, 'MATCH (t:Task {document: $id, label: "5"}) RETURN t.leaders AS leaders, t.deadline AS deadline', { id: 'it-wenzhou-city-2023' });
    const expected = readCorpusPlan('wenzhou-city-2023').expected.tasks[4]!;
    expect(row).toEqual({ leaders: expected.leaders, deadline: expected.deadline });
    expect(expected.leaders.length).toBeGreaterThan(0);
  });
});
