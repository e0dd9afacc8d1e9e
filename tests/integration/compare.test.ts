/**
 * Comparing plans on the real Neo4j with the comparison corpus loaded: the corpus list, the
 * diff table of two years and of two provinces, the ties that change, the trend of a unit and
 * of a function, and the shares of leads — each checked against the two parsed plans run
 * through the pure metrics, and the trend of 省发展改革委 against numbers counted by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../../ingest/model';
import { driver, read, removeDocuments, settings } from '../support/_database';
import { COMPARE_CORPUS_DIR } from '../support/_corpus';
import { expectedDiff, expectedPairs } from '../support/_compare';
import { parsePlanBytes } from '../../ingest/read/read-plan-file';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { runNamedQuery, type QueryName } from '../../cypher/named-queries';
import { taskTeams } from '../../ingest/metrics/task-teams';
import { identityContext, unitIdentities } from '../../ingest/corpus/unit-identity';

const PREFIX = 'it-cmp-';
const NAMES = ['zhejiang-province-2021', 'zhejiang-province-2022', 'zhejiang-province-2023', 'ningbo-city-2022', 'ningbo-city-2023', 'fujian-province-2023'] as const;
type Name = (typeof NAMES)[number];
const plans = Object.fromEntries(
  NAMES.map((name) => [name, parsePlanBytes(readFileSync(join(COMPARE_CORPUS_DIR, `${name}.txt`)), `${PREFIX}${name}.txt`)]),
) as Record<Name, ParsedPlan>;
const id = (name: Name) => `${PREFIX}${name}`;

let d: Driver;
const query = (name: QueryName, params: Record<string, unknown>) => runNamedQuery(d, settings, name, params);
const ours = (rows: Array<Record<string, unknown>>) => rows.filter((r) => String(r.document).startsWith(PREFIX));

beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
  for (const name of NAMES) await loadPlan(d, settings, plans[name]);
});

afterAll(async () => {
  await removeDocuments(d, PREFIX);
  await d.close();
});

describe('the corpus query', () => {
  it('lists every plan with its facts and sizes, as parsed', async () => {
    const rows = ours(await query('corpus', {}));
    expect(rows.map((r) => r.document).sort()).toEqual(NAMES.map(id).sort());
    for (const name of NAMES) {
      const plan = plans[name];
      expect(rows.find((r) => r.document === id(name))).toMatchObject({
        region: plan.document.region,
        level: plan.document.level,
        year: plan.document.year,
        givenFacts: [],
        tasks: plan.tasks.length,
        units: plan.units.length,
        assignments: plan.assignments.length,
        findings: plan.findings.length,
        unitsWithoutFunction: 0,
      });
    }
  });

  it('counts in the graph a document loaded before its counts were stored', async () => {
    const document = id('ningbo-city-2022');
    const stored = ours(await query('corpus', { region: '宁波', year: '2022' }));
    await d.executeQuery('MATCH (d:Document {id: $document}) REMOVE d.taskCount, d.unitCount, d.assignmentCount, d.findingCount, d.unitsWithoutFunction', { document });
    const counted = ours(await query('corpus', { region: '宁波', year: '2022' }));
    expect(counted).toEqual(stored);
    expect(counted[0]).toMatchObject({ tasks: 22, units: 33, assignments: 80, findings: plans['ningbo-city-2022'].findings.length });
  });

  it('filters by region, level and year', async () => {
    expect(ours(await query('corpus', { region: '浙江', year: '2022' })).map((r) => r.document)).toEqual([id('zhejiang-province-2022')]);
    expect(ours(await query('corpus', { level: 'city' })).map((r) => r.document)).toEqual([id('ningbo-city-2022'), id('ningbo-city-2023')]);
  });
});

describe('unit identities in the database', () => {
  it('make a renamed unit one identity, and keep its name of the year', async () => {
    const rows = await read<{ document: string; name: string; identity: string; function: string }>(
      d,
      'MATCH (u:Unit) WHERE u.document IN $documents AND u.name IN $names RETURN u.document AS document, u.name AS name, u.identity AS identity, u.function AS function ORDER BY document',
      { documents: [id('zhejiang-province-2021'), id('zhejiang-province-2022')], names: ['省经济和信息化委', '省经济和信息化厅'] },
    );
    expect(rows).toEqual([
      { document: id('zhejiang-province-2021'), name: '省经济和信息化委', identity: 'province/浙江/省经济和信息化厅', function: 'industry-and-information-technology' },
      { document: id('zhejiang-province-2022'), name: '省经济和信息化厅', identity: 'province/浙江/省经济和信息化厅', function: 'industry-and-information-technology' },
    ]);
  });

  it('show the renamed unit as one row of the diff, under both names', async () => {
    const rows = await query('compare-plans', { documentA: id('zhejiang-province-2022'), documentB: id('zhejiang-province-2023') });
    expect(rows.find((r) => r.key === 'province/浙江/省数据局')).toMatchObject({ namesA: ['省大数据局'], namesB: ['省数据局'], ledA: 1, ledB: 1 });
    expect(rows.filter((r) => (r.namesA as string[]).includes('省大数据局') || (r.namesB as string[]).includes('省数据局'))).toHaveLength(1);
  });
});

describe('the diff table', () => {
  it.each([
    ['two years of Zhejiang by identity', 'zhejiang-province-2021', 'zhejiang-province-2022', 'identity'],
    ['the last two years of Zhejiang by identity', 'zhejiang-province-2022', 'zhejiang-province-2023', 'identity'],
    ['Zhejiang and Fujian by function', 'zhejiang-province-2023', 'fujian-province-2023', 'function'],
    ['the province and its city by function', 'zhejiang-province-2023', 'ningbo-city-2023', 'function'],
  ] as const)('%s: every number equals the pure metrics of the two parsed plans', async (_title, a, b, by) => {
    const rows = await query('compare-plans', { documentA: id(a), documentB: id(b), by, limit: 10_000 });
    const expected = expectedDiff(plans[a], plans[b], by);
    const got = [...rows].sort((x, y) => (String(x.key) < String(y.key) ? -1 : 1));
    expect(got.map((r) => [r.key, r.namesA, r.namesB, r.status, [r.ledA, r.primaryA, r.supportedA, r.partnersA, r.loadA, r.ledB, r.primaryB, r.supportedB, r.partnersB, r.loadB]])).toEqual(
      expected.map((e) => [e.key, e.namesA, e.namesB, e.status, e.numbers]),
    );
    for (const [i, row] of got.entries()) {
      expect(row.betweennessA as number).toBeCloseTo(expected[i]!.betweennessA, 12);
      expect(row.betweennessB as number).toBeCloseTo(expected[i]!.betweennessB, 12);
      expect(row.loadChange).toBe((row.loadB as number) - (row.loadA as number));
    }
  });

  it('puts the largest changes of coordination load first', async () => {
    const rows = await query('compare-plans', { documentA: id('zhejiang-province-2021'), documentB: id('zhejiang-province-2022'), limit: 5 });
    const changes = rows.map((r) => Math.abs(r.loadChange as number));
    expect(rows).toHaveLength(5);
    expect(changes).toEqual([...changes].sort((x, y) => y - x));
  });
});

describe('ties that change', () => {
  it('every pair’s shared tasks in both years equal the pure co-ownership', async () => {
    const [a, b] = ['zhejiang-province-2021', 'zhejiang-province-2022'] as const;
    const rows = await query('compare-pairs', { documentA: id(a), documentB: id(b), limit: 100_000 });
    const got = rows.map((r) => [r.a, r.b, r.sharedA, r.sharedB] as const).sort((x, y) => (`${x[0]}\u0000${x[1]}` < `${y[0]}\u0000${y[1]}` ? -1 : 1));
    expect(got).toEqual(expectedPairs(plans[a], plans[b], 'identity'));
    const appeared = rows.filter((r) => r.status === 'appeared');
    expect(appeared.every((r) => r.sharedA === 0 && (r.sharedB as number) > 0)).toBe(true);
    expect(rows.find((r) => r.a === 'province/浙江/宁波市政府' && r.b === 'province/浙江/省发展改革委')).toMatchObject({ sharedA: 1, sharedB: 0, status: 'disappeared' });
  });
});

describe('trends', () => {
  it('of 省发展改革委 across three years of Zhejiang are the numbers counted by hand', async () => {
    const rows = ours(await query('trend', { region: '浙江', level: 'province', key: 'province/浙江/省发展改革委' }));
    expect(rows.map((r) => [r.year, r.names, r.ledTasks, r.primaryLeads, r.supportedTasks, r.partners, r.coordinationLoad])).toEqual([
      [2021, ['省发展改革委'], 6, 6, 7, 27, 25],
      [2022, ['省发展改革委'], 6, 5, 9, 26, 26],
      [2023, ['省发展改革委'], 6, 5, 10, 29, 28],
    ]);
  });

  it('follow a renamed unit under its name of each year, and mark the years it is absent', async () => {
    const renamed = ours(await query('trend', { region: '浙江', level: 'province', key: 'province/浙江/省经济和信息化厅' }));
    expect(renamed.map((r) => [r.year, r.present, r.names, r.ledTasks])).toEqual([
      [2021, true, ['省经济和信息化委'], 3],
      [2022, true, ['省经济和信息化厅'], 3],
      [2023, true, ['省经济和信息化厅'], 3],
    ]);
    const dropped = ours(await query('trend', { region: '浙江', level: 'province', key: 'province/浙江/省民政厅' }));
    expect(dropped.map((r) => [r.year, r.present, r.supportedTasks, r.coordinationLoad])).toEqual([
      [2021, true, 1, 1],
      [2022, false, 0, 0],
      [2023, false, 0, 0],
    ]);
  });

  it('of a function over the years of a city', async () => {
    const rows = ours(await query('trend', { region: '宁波', level: 'city', by: 'function', key: 'development-and-reform' }));
    const fromPlans = (['ningbo-city-2022', 'ningbo-city-2023'] as const).map((name) => expectedDiff(plans[name], plans[name], 'function').find((e) => e.key === 'development-and-reform')!.numbers.slice(0, 5));
    expect(rows.map((r) => [r.ledTasks, r.primaryLeads, r.supportedTasks, r.partners, r.coordinationLoad])).toEqual(fromPlans);
  });
});

describe('shares of leads by function', () => {
  it('add up to one in each plan and equal the leading functions counted from the parsed plans', async () => {
    const rows = ours(await query('lead-shares', { level: 'province', year: '2023' }));
    expect([...new Set(rows.map((r) => r.document))].sort()).toEqual([id('fujian-province-2023'), id('zhejiang-province-2023')]);
    for (const name of ['zhejiang-province-2023', 'fujian-province-2023'] as const) {
      const plan = plans[name];
      const fnOf = new Map(unitIdentities(plan, identityContext()).map((i) => [i.unit, i.function ?? `unit:${i.unit}`]));
      const leads = new Map<string, number>();
      for (const team of taskTeams(plan)) for (const fn of new Set(team.leads.map((u) => fnOf.get(u)!))) leads.set(fn, (leads.get(fn) ?? 0) + 1);
      const own = rows.filter((r) => r.document === id(name));
      expect(Object.fromEntries(own.map((r) => [r.function, r.leads]))).toEqual(Object.fromEntries(leads));
      expect(own.reduce((s, r) => s + (r.share as number), 0)).toBeCloseTo(1, 12);
    }
    expect(rows.find((r) => r.document === id('fujian-province-2023') && r.function === 'development-and-reform')).toMatchObject({ leads: 6, rank: 1 });
  });
});
