/**
 * Division lines of the seed, each with the assignments a careful reader writes down:
 * leads in order, supports in document order, canonical names with the level prefix restored.
 */
import { describe, expect, it } from 'vitest';
import { seedPlan, taskNumbered } from '../support/_plans';

const EXPECTED: ReadonlyArray<{ task: number; feature: string; leads: string[]; supports: string[] }> = [
  {
    task: 10,
    feature: 'collectives: 各地 and a leading group’s members',
    leads: ['省工业和信息化厅'],
    supports: ['各地', '制造强省建设领导小组各成员单位'],
  },
  {
    task: 12,
    feature: 'prefix inheritance across a long group, then own-name groups',
    leads: ['省发展改革委'],
    supports: ['省公安厅', '省司法厅', '省人力资源社会保障厅', '省交通运输厅', '省商务厅', '省市场监管局', '省港澳办', '省政务服务数据管理局', '省药监局', '省政府横琴办', '省法院', '海关总署广东分署', '深圳边检总站', '珠海边检总站'],
  },
  {
    task: 13,
    feature: 'two leads in order; an enterprise that does not inherit 省',
    leads: ['省发展改革委', '省交通运输厅'],
    supports: ['省财政厅', '省自然资源厅', '省生态环境厅', '省铁投集团', '中国铁路广州局集团'],
  },
  {
    task: 14,
    feature: 'shared suffix 深圳、珠海市政府; 港澳办 written with its prefix',
    leads: ['省商务厅'],
    supports: ['深圳市政府', '珠海市政府', '省公安厅', '省港澳办', '省政府横琴办', '海关总署广东分署', '广东海事局', '深圳边检总站', '珠海边检总站'],
  },
  {
    task: 15,
    feature: 'a people’s organisation 团省委',
    leads: ['省发展改革委'],
    supports: ['省教育厅', '省科技厅', '省人力资源社会保障厅', '省港澳办', '团省委'],
  },
  {
    task: 17,
    feature: 'a city government among the leads; a party organ',
    leads: ['省发展改革委', '深圳市政府'],
    supports: ['省委改革办', '省教育厅', '省科技厅', '省司法厅', '省人力资源社会保障厅', '省自然资源厅', '省生态环境厅', '省文化和旅游厅', '省商务厅', '省体育局'],
  },
  {
    task: 28,
    feature: 'a joint-meeting collective as the only support',
    leads: ['省市场监管局'],
    supports: ['省知识产权战略实施工作联席会议成员单位'],
  },
  {
    task: 36,
    feature: '消防救援总队 inherits 省 (省消防救援总队 elsewhere)',
    leads: ['省自然资源厅', '省工业和信息化厅'],
    supports: ['省生态环境厅', '省农业农村厅', '省应急管理厅', '省消防救援总队'],
  },
  {
    task: 39,
    feature: 'shared suffix 广州、深圳市政府 and a vertical branch after a group break',
    leads: ['省发展改革委', '省工业和信息化厅'],
    supports: ['广州市政府', '深圳市政府', '省委网信办', '省科技厅', '省司法厅', '省农业农村厅', '省商务厅', '省政务服务数据管理局', '省能源局', '省通信管理局'],
  },
  {
    task: 48,
    feature: 'variant 住房建设厅; enterprises with their own names',
    leads: ['省水利厅'],
    supports: ['省发展改革委', '省财政厅', '省自然资源厅', '省生态环境厅', '省住房城乡建设厅', '省交通运输厅', '省林业局', '水利部珠江水利委员会', '广东电网公司', '粤海集团'],
  },
  {
    task: 51,
    feature: '通信管理局 inherits 省 inside a group of vertical branches',
    leads: ['省发展改革委', '省商务厅'],
    supports: ['省工业和信息化厅', '省自然资源厅', '省住房城乡建设厅', '省农业农村厅', '省市场监管局', '省供销社', '省邮政管理局', '省通信管理局'],
  },
  {
    task: 57,
    feature: 'two party organs written with their own prefixes',
    leads: ['省商务厅'],
    supports: ['省委网信办', '省大湾区办', '省发展改革委', '省科技厅', '省工业和信息化厅', '省交通运输厅', '海关总署广东分署', '人民银行广州分行', '省邮政管理局', '中国铁路广州局集团'],
  },
  {
    task: 64,
    feature: 'the collective 相关市政府',
    leads: ['省发展改革委'],
    supports: ['相关市政府', '省工业和信息化厅', '省财政厅', '省自然资源厅', '省交通运输厅', '省商务厅'],
  },
  {
    task: 75,
    feature: 'research bodies: 科学院 inherits 省, a university does not',
    leads: ['省农业农村厅'],
    supports: ['省发展改革委', '省科技厅', '省财政厅', '省科学院', '省农科院', '华南农业大学'],
  },
  {
    task: 81,
    feature: 'three leads',
    leads: ['省农业农村厅', '省能源局', '省水利厅'],
    supports: ['省工业和信息化厅', '省自然资源厅', '省住房城乡建设厅', '省生态环境厅', '省交通运输厅', '省广电局', '省通信管理局', '广东电网公司'],
  },
  {
    task: 86,
    feature: '配合 without 等',
    leads: ['省农业农村厅'],
    supports: ['省财政厅', '省地方金融监管局', '广东银保监局'],
  },
  {
    task: 92,
    feature: 'shared suffix 广州、清远市政府 and a leading group collective',
    leads: ['省发展改革委'],
    supports: ['广州市政府', '清远市政府', '省城镇化工作暨城乡融合发展工作领导小组成员单位'],
  },
  {
    task: 106,
    feature: 'a city-level tax bureau and an audit office of a central agency',
    leads: ['省税务局'],
    supports: ['省发展改革委', '省公安厅', '省财政厅', '省审计厅', '省市场监管局', '省政务服务数据管理局', '海关总署广东分署', '人民银行广州分行', '深圳市税务局', '审计署驻广州特派办'],
  },
  {
    task: 108,
    feature: 'a support list of financial regulators only',
    leads: ['省地方金融监管局'],
    supports: ['人民银行广州分行', '人民银行深圳中心支行', '广东银保监局', '深圳银保监局', '广东证监局', '深圳证监局'],
  },
  {
    task: 123,
    feature: 'variant 市场监督管理局 → 省市场监管局',
    leads: ['省生态环境厅'],
    supports: ['省发展改革委', '省工业和信息化厅', '省财政厅', '省自然资源厅', '省住房城乡建设厅', '省农业农村厅', '省商务厅', '省文化和旅游厅', '省卫生健康委', '省应急管理厅', '省市场监管局'],
  },
  {
    task: 129,
    feature: 'variant 人力资源和社会保障厅',
    leads: ['省文化和旅游厅'],
    supports: ['省发展改革委', '省人力资源社会保障厅', '省作协'],
  },
  {
    task: 130,
    feature: 'a parenthesised second name 省参事室(省文史馆); 地方志办 inherits 省',
    leads: ['省参事室', '省地方志办'],
    supports: ['省教育厅', '省文化和旅游厅'],
  },
];

describe('the seed plan: divisions', () => {
  const plan = seedPlan();

  it.each(EXPECTED)('task $task — $feature', ({ task, leads, supports }) => {
    const t = taskNumbered(plan, task);
    expect(t.leads).toEqual(leads);
    expect(t.supports).toEqual(supports);
  });

  it('merges variant spellings into one unit that remembers them', () => {
    const unit = (name: string) => plan.units.find((u) => u.name === name)!;
    expect(unit('省住房城乡建设厅').aliases).toEqual(['省住房城乡建设厅', '省住房建设厅']);
    expect(unit('省人力资源社会保障厅').aliases).toEqual(['省人力资源和社会保障厅', '省人力资源社会保障厅']);
    expect(unit('省市场监管局').aliases).toContain('省市场监督管理局');
    expect(unit('省参事室').aliases).toContain('省文史馆');
    expect(plan.units.map((u) => u.name)).not.toContain('市场监管局');
  });

  it('gives every unit a kind and keeps collectives apart from departments', () => {
    const kinds = Object.fromEntries(plan.units.map((u) => [u.name, u.kind]));
    expect(kinds).toMatchObject({
      省发展改革委: 'department',
      省委网信办: 'party-organ',
      团省委: 'peoples-organisation',
      省贸促会: 'peoples-organisation',
      省法院: 'court',
      海关总署广东分署: 'central-agency-branch',
      省税务局: 'central-agency-branch',
      广东银保监局: 'central-agency-branch',
      省铁投集团: 'state-owned-enterprise',
      广东电网公司: 'state-owned-enterprise',
      省农科院: 'research-body',
      华南农业大学: 'research-body',
      韶关市政府: 'city-government',
      各地: 'collective',
      相关市政府: 'collective',
    });
    expect(plan.units.filter((u) => u.kind === 'collective').map((u) => u.name)).toHaveLength(5);
    expect(plan.units.filter((u) => !u.known)).toEqual([]);
  });

  it('orders assignments within each role and points at the unit’s words', () => {
    const task14 = taskNumbered(plan, 14);
    const supports = plan.assignments.filter((a) => a.task === task14.ordinal && a.role === 'support');
    expect(supports.map((a) => a.order)).toEqual(supports.map((_, i) => i + 1));
    expect(supports.slice(0, 2).map((a) => [a.unit, a.surface])).toEqual([
      ['深圳市政府', '深圳'],
      ['珠海市政府', '珠海市政府'],
    ]);
  });
});
