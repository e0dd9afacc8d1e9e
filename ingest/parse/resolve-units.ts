/**
 * Unit tokens to canonical units. Inside a group the first unit carries the level prefix and
 * the next ones drop it (省财政厅、自然资源厅 = 省财政厅 + 省自然资源厅), unless they carry an
 * institutional name of their own (省铁投集团、中国铁路广州局集团). A bare place before a unit
 * shares that unit's suffix (广州、深圳市政府). Variant spellings map to one canonical stem.
 */
import type { UnitKind } from '../model';
import type { UnitDictionary } from './unit-dictionary';
import type { UnitToken } from './parse-division';

export interface ResolvedUnit {
  name: string;
  kind: UnitKind;
  fullName: string | null;
  /** Found in the dictionaries, or recognised as a city government or a collective. */
  known: boolean;
  /** Spellings of this unit that the token shows, prefix restored. */
  spellings: string[];
}

export interface ResolvedToken {
  token: UnitToken;
  unit: ResolvedUnit;
}

/** The level prefix that opens a unit name, if any: 省委, 省政府, 省, 广州市, 市 … */
export function levelPrefixOf(name: string, dict: UnitDictionary): string | null {
  const party = /^(省委|市委|县委|区委)(?!员)/.exec(name);
  if (party && name.length > 2) return party[1]!;
  const government = /^(省政府|市政府|县政府|区政府)(?=.)/.exec(name);
  if (government) return government[1]!;
  // 市场监管局 and 区域… open with a level character but are not prefixed.
  if (/^(省.|市(?!场)|县(?!域)|区(?!域))/.test(name)) return name[0]!;
  const place = dict.placeAtStart.exec(name)?.[0];
  if (!place) return null;
  const level = /^[省市县区]/.exec(name.slice(place.length));
  return level ? place + level[0] : null;
}

/** Resolutions already made in this parse: a plan names the same units again and again. */
export type ResolutionMemo = Map<string, ResolvedUnit>;

export function resolveGroup(
  group: readonly UnitToken[],
  dict: UnitDictionary,
  defaultPrefix: string | null,
  memo: ResolutionMemo = new Map(),
): ResolvedToken[] {
  const texts = expandSharedSuffixes(group.map((t) => t.text), dict);
  const first = texts[0] ?? '';
  const groupPrefix = levelPrefixOf(stripParenthetical(first).base, dict) ?? defaultPrefixFor(first, dict, defaultPrefix);
  return group.map((token, i) => {
    const key = `${groupPrefix ?? ''}\u0000${texts[i]!}`;
    let unit = memo.get(key);
    if (!unit) memo.set(key, (unit = resolveName(texts[i]!, groupPrefix, dict)));
    return { token, unit };
  });
}

/** A group that opens with a bare department stem (财政厅) takes the plan's usual prefix. */
function defaultPrefixFor(first: string, dict: UnitDictionary, defaultPrefix: string | null): string | null {
  return dict.stems.has(first) ? defaultPrefix : null;
}

function resolveName(text: string, groupPrefix: string | null, dict: UnitDictionary): ResolvedUnit {
  const { base, inner } = stripParenthetical(text);
  const own = hasOwnName(base, dict);
  const candidate = own || !groupPrefix ? base : groupPrefix + base;
  const spellings = [candidate];
  if (inner) spellings.push(text.includes(candidate) ? text : candidate + `(${inner})`, inner);

  const named = dict.named.get(candidate) ?? (own ? undefined : dict.named.get(base));
  if (named) return { name: named.name, kind: named.kind, fullName: named.fullName, known: true, spellings };

  const prefix = levelPrefixOf(candidate, dict);
  const rest = prefix ? candidate.slice(prefix.length) : candidate;
  const stem = dict.stems.get(rest);
  if (stem) {
    const name = (prefix ?? '') + stem;
    const namedStem = dict.named.get(name);
    if (namedStem) return { name: namedStem.name, kind: namedStem.kind, fullName: namedStem.fullName, known: true, spellings };
    return { name, kind: kindOf(name, dict), fullName: null, known: prefix !== null, spellings };
  }
  const city = cityGovernment(candidate, dict);
  if (city) return { name: city, kind: 'city-government', fullName: null, known: true, spellings };
  const kind = kindOf(candidate, dict);
  return { name: candidate, kind, fullName: null, known: kind === 'collective', spellings };
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
  if (dict.placeAtStart.test(name)) return true;
  if (dict.markers.some((marker) => name.startsWith(marker))) return true;
  if (dict.suffixes.some((suffix) => name.endsWith(suffix))) return true;
  return kindOf(name, dict) === 'collective';
}

/** 广州市人民政府 / 广州市政府 / 广州政府 → 广州市政府. */
function cityGovernment(name: string, dict: UnitDictionary): string | null {
  const m = /^(.+?)(市|县|区)?(人民)?政府$/.exec(name);
  if (!m) return null;
  const place = m[1]!;
  if (!dict.places.includes(place)) return null;
  return `${place}${m[2] ?? '市'}政府`;
}

/** 广州、深圳市政府: a bare place takes the suffix of the next unit that has one. */
function expandSharedSuffixes(texts: readonly string[], dict: UnitDictionary): string[] {
  return texts.map((text, i) => {
    if (!dict.places.includes(text)) return text;
    for (const later of texts.slice(i + 1)) {
      const place = dict.placeAtStart.exec(later)?.[0];
      if (place && later.length > place.length) return text + later.slice(place.length);
    }
    return text;
  });
}

function stripParenthetical(text: string): { base: string; inner: string | null } {
  const m = /^(.+?)\(([^()]+)\)$/.exec(text);
  return m ? { base: m[1]!, inner: m[2]! } : { base: text, inner: null };
}
