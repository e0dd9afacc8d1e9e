/**
 * Named projects of the seed, annotated by hand from the measures: every railway, airport,
 * port and waterway, energy site, water work, road and crossing, border port, laboratory and
 * large science facility, university, hospital or cultural venue being built, data-centre
 * cluster and named industrial megaproject, with shared suffixes restored and stage words
 * left out. No plan, policy, zone, fair, campaign, company or institution among them.
 */
import { describe, expect, it } from 'vitest';
import { seedPlan, SEED_TEXT, taskNumbered } from '../support/_plans';
import { projectKey } from '../../ingest/parse/merge-projects';

/**
 * Left out on purpose, as a reader of the plan would: 横琴先进智能计算平台, 中药新药技术创新中心
 * and the other 中心/平台 of tasks 19, 21, 23 and 25 (institutions and platforms, not sites);
 * “澳门新街坊” (housing in a list of platforms); 西丽湖国际科教城, 河套深港科技创新合作区 and other
 * zones and parks; the 国家枢纽节点建设方案 of task 43 (a plan); the agricultural base and
 * cold-chain network of task 53 and the restoration 工程 of task 127 (no kind a map of
 * projects shows).
 */
const REFERENCE: Readonly<Record<number, readonly string[]>> = {
  13: [
    '芳村至白云机场城际', '穗莞深城际深圳机场至前海段', '广佛环线佛山西站至广州南站段', '佛莞城际广州南至望洪段',
    '广佛环线佛山西站至广州北站段', '深圳机场至大亚湾城际深圳机场至坪山段', '广州至广州南联络线', '广州东至新塘五六线',
    '广州东站改造工程', '佛山经广州至东莞城际', '广佛江珠城际广州芳村至江门段', '深惠城际坪地至沥林北段',
  ],
  14: ['新皇岗口岸重建工程', '横琴口岸'],
  15: ['香港科技大学(广州)一期', '大湾区大学'],
  17: ['深圳改革开放展览馆'],
  19: ['广州医科大学附属第一医院横琴医院'],
  21: ['鹏城实验室', '广州实验室', '国家海洋综合试验场'],
  22: ['散裂中子源二期', '人类细胞谱系', '惠州强流重离子加速器', '惠州加速器驱动嬗变研究装置', '江门中微子实验站'],
  30: ['揭阳广东石化炼化一体化'],
  31: ['广州粤芯', '中芯国际深圳', '广东芯粤能', '新锐光掩模'],
  42: ['华星光电t7', '华星光电t9', '维信诺第6代柔性AMOLED模组生产线'],
  43: ['韶关数据中心集群'],
  46: [
    '广湛高铁', '广汕汕高铁', '梅龙高铁', '深江铁路', '深汕高铁', '粤东城际“一环一射线”', '珠肇高铁珠海至江门段',
    '珠肇高铁高明至肇庆东段', '汕头广澳港铁路', '广珠(澳)高铁', '深南高铁', '漳汕高铁', '广清永高铁', '广深高铁新通道',
    '广湛高铁', '深南高铁茂名至岑溪连接线', '京广铁路', '京九铁路韶关至龙川连接线', '河唇至合浦铁路', '柳广铁路', '梅武铁路',
    '肇顺南城际', '湛江东海岛港区铁路专用线', '深中通道', '黄茅海通道', '狮子洋通道', '南中高速', '从埔高速',
    '中山西部外环高速', '沈海高速公路扩容扩建', '长深高速公路扩容扩建', '深岑高速公路扩容扩建', '广州港南沙四期', '崖门出海航道二期工程',
  ],
  47: [
    '广州白云机场三期扩建', '深圳机场三跑道', '珠海机场改扩建', '湛江新机场', '揭阳潮汕机场航站区扩建工程',
    '广州白云机场北区远机位二期', '珠三角枢纽(广州新)机场', '惠州机场飞行区扩建', '广州港南沙港区四期工程',
    '广州南沙港区五期', '深圳港盐田港区东作业区集装箱码头', '佛山港高明港区高荷码头', '韶关港乌石综合交通枢纽',
    '广州港环大虎岛公共航道工程', '矾石水道', '广州港20万吨级航道', '东江航道扩能升级', '北江上延航道扩能升级',
  ],
  48: ['珠三角水资源配置工程', '潖江蓄滞洪区工程', '西江干流治理工程', '环北部湾广东水资源配置主体工程', '粤东水资源优化配置二期工程', '引韩济饶工程'],
  55: ['广交会四期'],
  59: ['巴斯夫一体化基地', '埃克森美孚项目', '中海壳牌惠州三期乙烯'],
  64: ['粤东城际铁路'],
  110: [
    '惠州太平岭核电一期', '陆丰核电', '廉江核电', '梅州二期抽水蓄能', '云浮水源山抽水蓄能', '肇庆浪江抽水蓄能',
    '汕尾陆河抽水蓄能', '汕尾甲子海上风电', '阳洲海上风电', '粤东千万千瓦海上风电基地',
  ],
  111: ['江门新会双水煤电', '粤西第二通道'],
  128: ['“三馆合一”', '省水下文化遗产保护中心', '广东粤剧文化中心'],
};

/** Task and project pairs, one per project a task names, compared by project key. */
function pairs(byTask: Readonly<Record<number, readonly string[]>>): Set<string> {
  return new Set(Object.entries(byTask).flatMap(([task, names]) => names.map((name) => `${task}:${projectKey(name)}`)));
}

describe('the seed plan: projects', () => {
  const plan = seedPlan();

  const found: Record<number, string[]> = {};
  for (const m of plan.mentions) (found[plan.tasks[m.task - 1]!.number!] ??= []).push(m.surface);

  it('finds exactly the annotated project mentions, task by task', () => {
    expect(found).toEqual(REFERENCE);
  });

  it('reaches precision 0.95 and recall 0.90 on task and project pairs', () => {
    const expected = pairs(REFERENCE);
    const got = pairs(found);
    const hits = [...got].filter((p) => expected.has(p)).length;
    expect(hits / got.size).toBeGreaterThanOrEqual(0.95);
    expect(hits / expected.size).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['广州港南沙港区四期工程', 'port', ['广州港南沙四期', '广州港南沙港区四期工程'], [46, 47]],
    ['粤东城际铁路', 'railway', ['粤东城际“一环一射线”', '粤东城际铁路'], [46, 64]],
  ])('gives one project to %s named differently in two tasks', (name, kind, aliases, tasks) => {
    const project = plan.projects.find((p) => p.name === name)!;
    expect(project.kind).toBe(kind);
    expect(project.aliases).toEqual(aliases);
    expect(project.taskNumbers).toEqual(tasks);
  });

  it.each([
    ['芳村至白云机场城际', 'railway'],
    ['深圳机场至大亚湾城际深圳机场至坪山段', 'railway'],
    ['汕头广澳港铁路', 'railway'],
    ['深圳机场三跑道', 'airport'],
    ['矾石水道', 'port'],
    ['新皇岗口岸重建工程', 'border-port'],
    ['深中通道', 'road'],
    ['粤西第二通道', 'energy'],
    ['引韩济饶工程', 'water'],
    ['人类细胞谱系', 'science'],
    ['鹏城实验室', 'science'],
    ['香港科技大学(广州)一期', 'social'],
    ['广东粤剧文化中心', 'social'],
    ['“三馆合一”', 'social'],
    ['中海壳牌惠州三期乙烯', 'industrial'],
    ['广州粤芯', 'industrial'],
    ['韶关数据中心集群', 'digital'],
    ['广深高铁新通道', 'railway'],
    ['沈海高速公路扩容扩建', 'road'],
  ])('classifies %s as %s', (name, kind) => {
    expect(plan.projects.find((p) => p.name === name)?.kind).toBe(kind);
  });

  it.each([
    ['深江铁路', 'start', ['全线开工']],
    ['广珠(澳)高铁', 'planning', ['推进', '前期工作']],
    ['湛江新机场', 'completion', ['通航']],
    ['陆丰核电', 'start', ['核准', '开工']],
    ['广佛环线佛山西站至广州南站段', 'completion', ['建成']],
  ])('keeps the stage words of %s out of its name (%s)', (name, stage, words) => {
    const mention = plan.mentions.find((m) => m.project === name)!;
    expect(mention.stage).toBe(stage);
    expect(mention.stageWords).toEqual(words);
  });

  it('points every mention at its words in the measures', () => {
    for (const m of plan.mentions) {
      const written = SEED_TEXT.slice(m.span.start, m.span.end);
      // A name that borrowed its list's suffix (广湛 + 高铁) starts with what is written.
      expect(m.surface.startsWith(written) || m.surface.endsWith(written)).toBe(true);
      expect(taskNumbered(plan, plan.tasks[m.task - 1]!.number!).measuresSpan!.line).toBe(m.span.line);
    }
  });
});
