/**
 * The level of the government that issued a plan and its place, from the title: 国务院 is
 * national; otherwise the last administrative unit before 人民政府/政府/关于/《 decides
 * (湖南省 → province, 成都市 → city, 广州市天河区 → district, 象山县 → district). A title
 * that names no place (2022年省《政府工作报告》…) falls back on the level prefix most of the
 * plan's units carry (省 → province).
 */
import type { PlanLevel } from '../model';

export interface LevelFacts {
  level: PlanLevel | null;
  /** The issuing government's place: 湖南, 成都 (province and city without 省/市), 天河区, 象山县. */
  place: string | null;
}

const ISSUER = /^(?:\d{4}年(?:度)?)?(?:中共)?(.{0,24}?)(?:人民政府|政府办公厅|政府办公室|政府|关于|《|〈|\d{4}年|重点|贯彻|落实)/;
const PREFIX_LEVEL: Readonly<Record<string, PlanLevel>> = { 省: 'province', 市: 'city', 区: 'district', 县: 'district' };

export function readLevel(title: string | null, unitPrefix: string | null): LevelFacts {
  const fromTitle = title ? levelOfTitle(title) : null;
  if (fromTitle) return fromTitle;
  const level = unitPrefix ? PREFIX_LEVEL[unitPrefix.slice(-1)] ?? null : null;
  return { level, place: null };
}

function levelOfTitle(title: string): LevelFacts | null {
  if (/国务院|中央人民政府/.test(title)) return { level: 'national', place: null };
  const issuer = ISSUER.exec(title)?.[1]?.replace(/^\d{4}年/, '') ?? '';
  // A ministry's or national agency's own plan (交通运输部, 海关总署, 国家能源局) is national.
  if (/^(?:[^省市县区]{2,12}部|国家[^省市县区]{1,10}(?:局|委)|[^省市县区]{2,8}总署|[^省市县区]{2,8}总局)(?:办公厅)?$/.test(issuer)) return { level: 'national', place: null };
  const m = /([\u4e00-\u9fa5]{1,10}?)(自治区|自治州|自治县|省|市|州|盟|区|县|旗)$/.exec(issuer);
  if (!m || m[1]!.length === 0) return null;
  const [, name, kind] = m;
  // The last unit of a chain (广州市天河区) is the issuer.
  const last = /(?:省|市)([^省市]+)$/.exec(name!)?.[1] ?? name!;
  switch (kind) {
    case '省':
    case '自治区':
      return { level: 'province', place: last };
    case '市':
    case '州':
    case '盟':
    case '自治州':
      return { level: 'city', place: last };
    default:
      return { level: 'district', place: `${last}${kind}` };
  }
}
