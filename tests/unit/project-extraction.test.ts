/**
 * The traps of project extraction named in the genre notes, on sentences written the way
 * plans write them (not taken from the seed).
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../support/_plans';

const namesIn = (measures: string) => parseSnippet(`工作措施:${measures}\n部门分工:省发展改革委牵头。\n`).mentions.map((m) => m.surface);

describe('project extraction', () => {
  it.each([
    ['a list sharing one suffix', '加快赣深、杭衢、福厦等高铁建设。', ['赣深高铁', '杭衢高铁', '福厦高铁']],
    ['a list whose last item carries the suffix', '推进沪渝蓉、北沿江、成达万高铁前期工作。', ['沪渝蓉高铁', '北沿江高铁', '成达万高铁']],
    ['stage words around a name', '建成投产漳州核电一期,推动三澳核电二期获国家核准开工。', ['漳州核电一期', '三澳核电二期']],
    ['a section joined by 和', '开工建设昌九高铁南昌至九江段和九江至武宁段。', ['昌九高铁南昌至九江段', '昌九高铁九江至武宁段']],
    ['two lists joined by 和', '推进甬舟通道、六横大桥等跨海通道和杭绍甬高速、义东高速等项目建设。', ['甬舟通道', '六横大桥', '杭绍甬高速', '义东高速']],
    ['a category noun that is not a suffix', '加快合肥先进光源、聚变堆主机关键系统综合研究设施等重大科技基础设施建设。', ['合肥先进光源', '聚变堆主机关键系统综合研究设施']],
    ['airports and ports in one clause', '推进温州机场三期、宁波舟山港梅山港区二期等项目建设。', ['温州机场三期', '宁波舟山港梅山港区二期']],
    ['a water diversion named by its rivers', '引江济淮工程建成通水。', ['引江济淮工程']],
  ])('%s', (_case, measures, expected) => {
    expect(namesIn(measures)).toEqual(expected);
  });

  it.each([
    ['a plan that names a railway', '编制《浙江省城际铁路建设规划》,研究优化都市圈城际铁路线网规划。'],
    ['a policy about ports', '出台支持港口高质量发展的实施意见,制定沿海港口码头岸线管理办法。'],
    ['a zone', '加快建设临空经济示范区和机场综合保税区。'],
    ['a fair and a campaign', '办好中国国际高铁博览会,开展“平安高速”专项行动。'],
    ['generic infrastructure without a name', '在高速公路服务区、客运码头等加快建设充电站、加氢站,新改扩建码头工程同步建设岸电设施。'],
    ['a strategy named like a corridor', '支持钦州深度参与西部陆海新通道建设。'],
  ])('rejects %s', (_case, measures) => {
    expect(namesIn(measures)).toEqual([]);
  });

  it('records the stage the words around a name give it', () => {
    const plan = parseSnippet('工作措施:推进梅武铁路前期工作,建成汕汕高铁。\n');
    expect(plan.mentions.map((m) => [m.surface, m.stage, m.stageWords])).toEqual([
      ['梅武铁路', 'planning', ['推进', '前期工作']],
      ['汕汕高铁', 'completion', ['建成']],
    ]);
  });
});
