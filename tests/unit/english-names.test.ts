/** English for English readers: unit names from the glossary and its prefix rule, section titles, findings in Chinese. */
import { describe, expect, it } from 'vitest';
import { englishUnitName } from '../../web/src/i18n/unit-english';
import { sectionTitle } from '../../web/src/i18n/section-english';
import { findingText, FINDING_TITLES } from '../../web/src/i18n/finding-text';
import { seedPlan } from '../support/_plans';

const plan = seedPlan();

describe('English names of units', () => {
  it('name every one of the seed’s 91 units', () => {
    expect(plan.units).toHaveLength(91);
    expect(plan.units.filter((u) => englishUnitName(u.name, plan.document.level) === null).map((u) => u.name)).toEqual([]);
  });

  it.each([
    ['省发展改革委', 'province', 'Provincial Development and Reform Commission'],
    ['市发展改革委', 'city', 'Municipal Development and Reform Commission'],
    ['区财政局', 'district', 'District Finance Bureau'],
    ['县公安局', 'district', 'County Public Security Bureau'],
    ['市住房城乡建设局', 'city', 'Municipal Housing and Urban-Rural Development Bureau'],
    ['省委网信办', 'province', 'Cyberspace Affairs Office of the Provincial Party Committee'],
    ['市委宣传部', 'city', 'Publicity Department of the Municipal Party Committee'],
    ['省政府外办', 'province', 'Foreign Affairs Office of the Provincial Government'],
    ['广州市政府', 'province', 'Guangzhou Municipal Government'],
    ['成都市人民政府', 'province', "Chengdu Municipal People's Government"],
    ['深圳市税务局', 'province', 'Shenzhen Tax Service, State Taxation Administration'],
    ['发展改革委', 'national', 'National Development and Reform Commission'],
    ['财政部', 'national', 'Ministry of Finance'],
    ['海关总署广东分署', 'province', 'Guangdong Sub-Administration of the General Administration of Customs'],
  ] as const)('%s (%s plan) is %s', (name, level, english) => {
    expect(englishUnitName(name, level)).toBe(english);
  });

  it('leaves a name it cannot translate to the Chinese', () => {
    expect(englishUnitName('市某某中心', 'city')).toBeNull();
  });
});

describe('sections and findings', () => {
  it('give the seed’s section titles in English, and as written in Chinese', () => {
    for (const s of plan.sections.filter((x) => x.title !== null)) {
      expect(sectionTitle(s.title, 'en')).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
      expect(sectionTitle(s.title, 'zh')).toBe(s.title);
    }
  });

  it('say every finding of the seed in Chinese, with its line, and none as a code', () => {
    for (const f of plan.findings) {
      const text = findingText(f, plan, 'zh');
      expect(text).toMatch(new RegExp(`^第 ${f.line} 行：`));
      expect(text).not.toMatch(/[a-z]{3,}/);
      expect(FINDING_TITLES.zh[f.code]).toMatch(/^[\u4e00-\u9fff]/);
    }
    const inferred = plan.findings.find((f) => f.code === 'number-inferred')!;
    expect(findingText(inferred, plan, 'zh')).toBe(`第 ${inferred.line} 行：任务编号 ${plan.tasks.find((t) => t.ordinal === inferred.task)!.number} 由前后写明的编号推断`);
    expect(findingText(inferred, plan, 'en')).toBe(inferred.message);
  });
});
