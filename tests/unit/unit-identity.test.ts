/**
 * Units across plans: every unit of the seed has a function (its collectives the collective
 * function), the same department at every level has the same function, a renamed unit keeps
 * one identity across the years of its region and only there, and a unit nothing knows is
 * reported rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import type { PlanLevel, UnitKind } from '../../ingest/model';
import { identityContext, identityScope, unitIdentities, unitsWithoutFunction } from '../../ingest/corpus/unit-identity';
import { functionOf } from '../../ingest/corpus/unit-functions';
import { buildRenamingIndex, currentName } from '../../ingest/corpus/renamings';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import { COMPARE_CORPUS_DIR, readCorpusPlan } from '../support/_corpus';
import { seedPlan } from '../support/_plans';

const context = identityContext();
const fn = (name: string, kind: UnitKind = 'department') => functionOf({ name, kind }, context.functions, context.dictionary);
const corpus = (name: string) => readCorpusPlan(name, COMPARE_CORPUS_DIR).plan;

describe('unit functions', () => {
  const seed = seedPlan();
  const identities = unitIdentities(seed, context);

  it('cover every unit of the seed', () => {
    expect(identities).toHaveLength(91);
    expect(unitsWithoutFunction(identities)).toEqual([]);
  });

  it('give the seed’s collectives the collective function and no other unit', () => {
    const kindOf = new Map(seed.units.map((u) => [u.name, u.kind]));
    const collectives = identities.filter((i) => i.function === 'collective').map((i) => i.unit).sort();
    expect(collectives).toEqual(seed.units.filter((u) => u.kind === 'collective').map((u) => u.name).sort());
    expect(collectives.every((name) => kindOf.get(name) === 'collective')).toBe(true);
    expect(collectives).toHaveLength(5);
  });

  it.each([
    ['省发展改革委', 'development-and-reform'],
    ['市发改委', 'development-and-reform'],
    ['区发改局', 'development-and-reform'],
    ['发展改革委', 'development-and-reform'],
    ['国家发展改革委', 'development-and-reform'],
    ['广州市发展改革委', 'development-and-reform'],
    ['省工信厅', 'industry-and-information-technology'],
    ['省经信委', 'industry-and-information-technology'],
    ['市经信局', 'industry-and-information-technology'],
    ['区科工信局', 'industry-and-information-technology'],
    ['省财政厅', 'finance'],
    ['财政部', 'finance'],
    ['市人社局', 'human-resources-and-social-security'],
    ['市自然资源和规划局', 'natural-resources'],
    ['省委网信办', 'cyberspace'],
    ['省政府外办', 'foreign-and-overseas-affairs'],
    ['省台港澳办', 'foreign-and-overseas-affairs'],
    ['人民银行杭州中心支行', 'financial-regulation'],
    ['杭州海关', 'customs-and-border'],
    ['省税务局', 'taxation'],
    ['国网浙江省电力公司', 'energy-enterprise'],
    ['宁波舟山港集团', 'transport-enterprise'],
    ['平潭综合实验区管委会', 'development-zone'],
  ])('%s does %s', (written, expected) => {
    // The unit as a plan names it after reading it, not the spelling as written.
    const plan = parsePlanText({ id: 'one', sourceFile: 'one.txt', contentHash: 'a'.repeat(64), text: `1.推进工作。\n部门分工:${written}牵头。\n` });
    const unit = plan.units[0]!;
    expect(functionOf(unit, context.functions, context.dictionary)).toBe(expected);
  });

  it('reports a unit it cannot place instead of guessing', () => {
    expect(fn('县烧饼办')).toBeNull();
    const plan = parsePlanText({ id: 'one', sourceFile: 'one.txt', contentHash: 'a'.repeat(64), text: '1.推进工作。\n部门分工:省发展改革委牵头,省烧饼办配合。\n' });
    expect(unitsWithoutFunction(unitIdentities(plan, context))).toEqual(['省烧饼办']);
  });

  it('decide by kind only when name, stem and pattern say nothing', () => {
    expect(fn('各设区市人民政府', 'collective')).toBe('collective');
    expect(fn('舟山市政府', 'city-government')).toBe('local-government');
    expect(fn('省妇联', 'peoples-organisation')).toBe('peoples-organisations');
  });
});

describe('renamings', () => {
  const index = context.renamings;

  it('lead an old name of a region to its latest one, in any spelling', () => {
    expect(currentName('省经济和信息化委', '浙江', index)).toMatchObject({ name: '省经济和信息化厅', steps: [{ year: 2022, region: '浙江' }] });
    expect(currentName('市城市管理和综合执法局', '宁波', index).name).toBe('市综合行政执法局');
  });

  it('hold only in their region, unless they name none', () => {
    expect(currentName('省经济和信息化委', '江苏', index)).toEqual({ name: '省经济和信息化委', steps: [] });
    expect(currentName('市城市管理和综合执法局', '温州', index).name).toBe('市城市管理和综合执法局');
    expect(currentName('省扶贫办', '广西', index).name).toBe('省乡村振兴局');
  });

  it('follow a chain to its end and stop on a loop', () => {
    const dict = context.dictionary;
    const chain = buildRenamingIndex(dict, [{ renamings: [{ from: '省甲局', to: '省乙局', year: 2019 }, { from: '省乙局', to: '省丙局', year: 2023 }, { from: '省丙局', to: '省甲局', year: 2024 }] }]);
    expect(currentName('省甲局', null, chain)).toMatchObject({ name: '省丙局', steps: [{ to: '省乙局' }, { to: '省丙局' }] });
  });
});

describe('identities across the comparison corpus', () => {
  const identityOf = (plan: ReturnType<typeof corpus>, unit: string) => unitIdentities(plan, context).find((i) => i.unit === unit)!;
  const [zj2021, zj2022, zj2023] = ['zhejiang-province-2021', 'zhejiang-province-2022', 'zhejiang-province-2023'].map(corpus) as [
    ReturnType<typeof corpus>,
    ReturnType<typeof corpus>,
    ReturnType<typeof corpus>,
  ];

  it('are scoped by level and region', () => {
    const scope = (level: PlanLevel | null, region: string | null) => identityScope({ id: 'x', level, region });
    expect([scope('province', '浙江'), scope('city', '宁波'), scope('national', null), scope('city', null)]).toEqual(['province/浙江', 'city/宁波', 'national', 'document/x']);
  });

  it('make a renamed unit one identity over the years', () => {
    expect(identityOf(zj2021, '省经济和信息化委').identity).toBe('province/浙江/省经济和信息化厅');
    expect(identityOf(zj2022, '省经济和信息化厅').identity).toBe('province/浙江/省经济和信息化厅');
    expect([identityOf(zj2021, '省大数据局'), identityOf(zj2022, '省大数据局'), identityOf(zj2023, '省数据局')].map((i) => i.identity)).toEqual([
      'province/浙江/省数据局',
      'province/浙江/省数据局',
      'province/浙江/省数据局',
    ]);
    expect(identityOf(corpus('ningbo-city-2022'), '市城市管理和综合执法局').identity).toBe(identityOf(corpus('ningbo-city-2023'), '市综合行政执法局').identity);
  });

  it('keep regions apart and join them by function', () => {
    const fujian = identityOf(corpus('fujian-province-2023'), '省发展改革委');
    const zhejiang = identityOf(zj2023, '省发展改革委');
    const ningbo = identityOf(corpus('ningbo-city-2023'), '市发展改革委');
    expect(new Set([fujian.identity, zhejiang.identity, ningbo.identity]).size).toBe(3);
    expect([fujian.function, zhejiang.function, ningbo.function]).toEqual(['development-and-reform', 'development-and-reform', 'development-and-reform']);
  });

  it('map every unit of the corpus to a function', () => {
    for (const name of ['zhejiang-province-2021', 'zhejiang-province-2022', 'zhejiang-province-2023', 'ningbo-city-2022', 'ningbo-city-2023', 'fujian-province-2023']) {
      expect([name, unitsWithoutFunction(unitIdentities(corpus(name), context))]).toEqual([name, []]);
    }
  });
});
