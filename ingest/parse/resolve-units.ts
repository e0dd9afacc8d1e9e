/**
 * Unit tokens to canonical units. Inside a group the first unit carries the level prefix and
 * the next ones drop it (省财政厅、自然资源厅 = 省财政厅 + 省自然资源厅), unless they carry an
 * institutional name of their own (省铁投集团、中国铁路广州局集团). A bare place before a unit
 * shares that unit's suffix (广州、深圳市政府). Variant spellings map to one canonical stem.
 */
import type { PlanLevel, UnitKind } from '../model';
import type { UnitDictionary } from './unit-dictionary';
import type { UnitToken } from './unit-tokens';

export interface ResolvedUnit {
  name: string;
  kind: UnitKind;
  fullName: string | null;
  /** Found in the dictionaries, or recognised as a city government or a collective. */
  known: boolean;
  /** Spellings of this unit that the token shows, prefix restored. */
  spellings: string[];
  /** The name as written carries its own institutional name (no inherited prefix); not part of the unit. */
  ownName: boolean;
}

export interface ResolvedToken {
  token: UnitToken;
  unit: ResolvedUnit;
}

/** The level prefix that opens a unit name, if any: 省委, 省政府, 省, 广州市, 市 … */
export function levelPrefixOf(name: string, dict: UnitDictionary): string | null {
  // The three patterns below all open with a level character; most names open with a place.
  if (!LEVEL_CODES.has(name.charCodeAt(0))) return placePrefixOf(name, dict);
  const party = /^(省委|市委|县委|区委)(?!员)/.exec(name);
  if (party && name.length > 2) return party[1]!;
  const government = /^(省政府|市政府|县政府|区政府)(?=.)/.exec(name);
  if (government) return government[1]!;
  // 市场监管局 and 区域… open with a level character but are not prefixed.
  if (/^(省.|市(?!场)|县(?!域)|区(?!域))/.test(name)) return name[0]!;
  return placePrefixOf(name, dict);
}

const LEVEL_CODES = new Set(['省', '市', '县', '区'].map((ch) => ch.charCodeAt(0)));

/** A place and its level word (广州市) opening the name. */
function placePrefixOf(name: string, dict: UnitDictionary): string | null {
  const place = dict.placeAtStart(name);
  if (!place) return null;
  return LEVEL_CODES.has(name.charCodeAt(place.length)) ? place + name[place.length]! : null;
}

/**
 * Resolutions already made in this parse: a plan names the same units again and again. Kept
 * per group prefix and level, then per name as written, so that a look-up builds no key.
 */
export type ResolutionMemo = Map<string, Map<string, ResolvedUnit>>;

function memoScope(memo: ResolutionMemo, prefix: string | null, level: PlanLevel | null): Map<string, ResolvedUnit> {
  const key = `${prefix ?? ''}\u0000${level ?? ''}`;
  let scope = memo.get(key);
  if (!scope) memo.set(key, (scope = new Map()));
  return scope;
}

export function resolveGroup(
  group: readonly UnitToken[],
  dict: UnitDictionary,
  defaultPrefix: string | null,
  memo: ResolutionMemo = new Map(),
  level: PlanLevel | null = null,
): ResolvedToken[] {
  const texts = expandSharedSuffixes(group.map((t) => t.text), dict);
  const first = texts[0] ?? '';
  // The prefix passes down the list from unit to unit; a unit with a name of its own and no
  // level prefix (中国铁路西安局集团) ends the chain, so 西部机场集团 after it stays as written.
  let prefix = levelPrefixOf(stripParenthetical(first).base, dict) ?? defaultPrefixFor(first, dict, defaultPrefix);
  // National agencies pass 国家 on in a list the way a level prefix passes on (国家铁路局、邮政局
  // = … + 国家邮政局), but only to names the dictionary knows with it (民航局 stays 民航局).
  const nationalChain = level === 'national' && first.startsWith('国家');
  let known = memoScope(memo, prefix, level);
  return group.map((token, i) => {
    const written = texts[i]!;
    const text = nationalChain && i > 0 && !written.startsWith('国家') && dict.named.has(`国家${written}`) ? `国家${written}` : written;
    let unit = known.get(text);
    if (!unit) known.set(text, (unit = resolveName(text, prefix, dict, level)));
    if (i > 0 && unit.ownName) {
      prefix = levelPrefixOf(stripParenthetical(text).base, dict);
      known = memoScope(memo, prefix, level);
    }
    return { token, unit };
  });
}

/** A unit name on its own, as a plan of the given level would resolve it: the canonical form of a spelling. */
export function canonicalUnitName(text: string, dict: UnitDictionary, level: PlanLevel | null = null): string {
  return resolveName(text, null, dict, level).name;
}

/** A group that opens with a bare department stem (财政厅) takes the plan's usual prefix. */
function defaultPrefixFor(first: string, dict: UnitDictionary, defaultPrefix: string | null): string | null {
  return dict.stems.has(first) ? defaultPrefix : null;
}

function resolveName(text: string, groupPrefix: string | null, dict: UnitDictionary, level: PlanLevel | null): ResolvedUnit {
  const { base, inner } = stripParenthetical(text);
  const own = hasOwnName(base, dict);
  const candidate = own || !groupPrefix ? base : inheritedPrefix(groupPrefix, base, dict) + base;
  const spellings = [candidate];
  if (inner) spellings.push(text.includes(candidate) ? text : candidate + `(${inner})`, inner);

  const named = dict.named.get(candidate) ?? (own ? undefined : dict.named.get(base));
  if (named) return { name: named.name, kind: named.kind, fullName: named.fullName, known: true, spellings, ownName: own };

  const prefix = levelPrefixOf(candidate, dict);
  const rest = prefix ? candidate.slice(prefix.length) : candidate;
  const stem = dict.stems.get(rest);
  if (stem) {
    const name = (prefix ?? '') + stem;
    const namedStem = dict.named.get(name);
    if (namedStem) return { name: namedStem.name, kind: namedStem.kind, fullName: namedStem.fullName, known: true, spellings, ownName: own };
    // A national plan names ministries by their bare stems (发展改革委): known, without prefix.
    return { name, kind: kindAtLevel(kindOf(name, dict), name, level), fullName: null, known: prefix !== null || level === 'national', spellings, ownName: own };
  }
  const city = cityGovernment(candidate, dict);
  if (city) return { name: city, kind: 'city-government', fullName: null, known: true, spellings, ownName: own };
  const kind = kindAtLevel(kindOf(candidate, dict), candidate, level);
  return { name: candidate, kind, fullName: null, known: RECOGNISED_BY_RULE.has(kind), spellings, ownName: own };
}

/**
 * The prefix a unit inherits from the first of its group. A government department after a
 * party organ takes the level alone (省委宣传部、交通运输厅 = … + 省交通运输厅); a party organ
 * takes the whole prefix (省委宣传部、统战部 = … + 省委统战部).
 */
function inheritedPrefix(groupPrefix: string, base: string, dict: UnitDictionary): string {
  const party = /^(.*[省市县区])委$/.exec(groupPrefix);
  const government = /^(.*[省市县区])政府$/.exec(groupPrefix);
  const level = party?.[1] ?? government?.[1];
  return level && dict.stems.has(base) ? level : groupPrefix;
}

/**
 * Kinds whose rules recognise a unit on their own (团市委, 市委组织部, 人民银行XX支行, 石浦镇人民政府);
 * enterprises and the catch-all department ending (…局, …中心) stay flagged for a dictionary.
 */
const RECOGNISED_BY_RULE: ReadonlySet<UnitKind> = new Set(['collective', 'party-organ', 'peoples-organisation', 'court', 'central-agency-branch', 'city-government']);

/**
 * In a national plan the central agencies (国家能源局, 海关总署, 人民银行) are departments of the
 * issuing government itself, not branches; only names with a place or 分 in them are branches.
 */
function kindAtLevel(kind: UnitKind, name: string, level: PlanLevel | null): UnitKind {
  return level === 'national' && kind === 'central-agency-branch' && !/分|省|市/.test(name) ? 'department' : kind;
}

export function kindOf(name: string, dict: UnitDictionary): UnitKind {
  for (const rule of dict.kindRules) if (rule.pattern.test(name)) return rule.kind;
  return 'unknown';
}

/** Whether the name stands on its own and must not take the group's prefix. */
function hasOwnName(name: string, dict: UnitDictionary): boolean {
  if (dict.named.has(name)) return true;
  if (levelPrefixOf(name, dict) !== null) return true;
  if (name.includes('省')) return true;
  if (dict.placeAtStart(name) !== null) return true;
  if (dict.markers.some((marker) => name.startsWith(marker))) return true;
  if (dict.suffixes.some((suffix) => name.endsWith(suffix))) return true;
  if (/^[\u4e00-\u9fa5]{2,5}?[市县区](?:人民)?政府$/.test(name)) return true;
  // Towns and subdistricts are places with names of their own: 马桥镇, 新虹街道.
  if (/^[\u4e00-\u9fa5]{2,5}(?:镇|乡|街道)(?:人民政府|办事处)?$/.test(name) && !/^[省市县区]/.test(name)) return true;
  return kindOf(name, dict) === 'collective';
}

/** 广州市人民政府 / 广州市政府 / 广州政府 → 广州市政府; 株洲市人民政府 → 株洲市政府 for any place with its level word. */
function cityGovernment(name: string, dict: UnitDictionary): string | null {
  const m = /^(.+?)(市|县|区)?(人民)?政府$/.exec(name);
  if (!m) return null;
  const place = m[1]!;
  if (dict.places.includes(place)) return `${place}${m[2] ?? '市'}政府`;
  // A place the dictionary lacks still names a government when its level word is written.
  if (m[2] && /^[\u4e00-\u9fa5]{2,5}$/.test(place) && !/^[省市县区]/.test(place) && kindOf(name, dict) !== 'collective') {
    return `${place}${m[2]}政府`;
  }
  return null;
}

/**
 * 广州、深圳市政府, 广安、资阳市人民政府 and 天府新区、高新区管委会: a name that is only a place
 * (it names no institution) takes the institutional suffix of a later unit of its group,
 * with that unit's level word (市, 县, 区) when the place lacks one.
 */
const SHARED_SUFFIX = /([市县区州])?(人民政府|政府|管委会|管理委员会|街道办事处|办事处)$/;
const INSTITUTION_END = /[厅委局办部署室院会司行社馆处队站团府联所校心组关]$/;

function expandSharedSuffixes(texts: readonly string[], dict: UnitDictionary): string[] {
  return texts.map((text, i) => {
    // A collective (市直有关单位, 县级有关部门) is a whole name even though it ends in no office word.
    const bare = !INSTITUTION_END.test(text) && !dict.named.has(text) && !text.includes('(') && !/各|相关|有关|(?:单位|部门|企业|机构)$/.test(text);
    if (!bare) return text;
    for (const later of texts.slice(i + 1)) {
      const m = SHARED_SUFFIX.exec(later);
      if (!m || later.length <= m[0].length) continue;
      // 州 ends city names too (达州), so only 市, 县 and 区 count as a level word already written.
      const levelWord = m[1] && !/[市县区]$/.test(text) ? m[1] : '';
      return text + levelWord + m[2]!;
    }
    return text;
  });
}

function stripParenthetical(text: string): { base: string; inner: string | null } {
  const m = /^(.+?)\(([^()]+)\)$/.exec(text);
  return m ? { base: m[1]!, inner: m[2]! } : { base: text, inner: null };
}
