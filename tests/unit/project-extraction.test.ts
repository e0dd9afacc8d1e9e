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
    ['two projects joined by 和, each with its keyword', '积极谋划沪昆高铁和杭衢铁路衢州至江山连接线。', ['沪昆高铁', '杭衢铁路衢州至江山连接线']],
    ['works named by the category', '推进京港澳、大广等高速公路拥挤路段扩容改造。', ['京港澳高速公路扩容改造', '大广高速公路扩容改造']],
    ['a university and laboratories being built', '完成西湖大学二期建设并投入使用,推进之江实验室、紫金山实验室建设。', ['西湖大学二期', '之江实验室', '紫金山实验室']],
    ['a hospital being built', '加快建设浙江大学医学院附属儿童医院莫干山院区。', ['浙江大学医学院附属儿童医院莫干山院区']],
    ['a list that calls its items projects', '推动杭州士兰、宁波中芯、绍兴晶圆等项目建成投产。', ['杭州士兰', '宁波中芯', '绍兴晶圆']],
    ['a code sharing the name before it', '支持京东方B16、B20、天马第8.6代显示面板生产线等项目加快建设。', ['京东方B16', '京东方B20', '天马第8.6代显示面板生产线']],
    ['a venue known by its nickname', '推进“两馆一中心”、浙江省博物馆新馆等项目建设。', ['“两馆一中心”', '浙江省博物馆新馆']],
    ['a data-centre cluster', '推进庆阳数据中心集群启动建设。', ['庆阳数据中心集群']],
    ['a numbered national road', '加快国道235线临安至桐庐段改建工程建设。', ['国道235线临安至桐庐段改建工程']],
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
    ['universities and laboratories that are not being built', '支持浙江大学、西湖大学等高校建设一流学科,支持之江实验室开展关键核心技术攻关。'],
    ['quantities and categories', '新增光伏装机50万千瓦,建设渔光互补光伏电站3座,布局建设一批省重点实验室,推动我省高等级生物安全实验室完成建设审查。'],
    ['a list of industries', '培育动力电池、晶硅光伏等新兴产业集群。'],
    ['a target about a line', '扩大铁路有效投资,建成通车高速公路里程500公里以上。'],
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

  it.each([
    ['a road whose section follows its keyword', '推进杭绍环线高速公路萧山至诸暨段建设。', 'road'],
    ['a corridor of a railway', '推进沪杭高铁新通道前期工作。', 'railway'],
    ['an airport border port opened further', '争取杭州萧山国际机场航空口岸扩大开放。', 'border-port'],
    ['a fab', '推进中芯绍兴三期等项目建设,建成宁波石化炼化一体化基地。', 'industrial'],
  ])('gives %s the kind of its head keyword', (_case, measures, kind) => {
    const plan = parseSnippet(`工作措施:${measures}\n部门分工:省发展改革委牵头。\n`);
    expect(plan.projects.length).toBeGreaterThan(0);
    expect(plan.projects.map((p) => p.kind)).toEqual(plan.projects.map(() => kind));
  });
});
