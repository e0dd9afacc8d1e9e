/**
 * The institution dictionaries as one lookup structure. The defaults ship as JSON data in
 * ingest/dictionaries/; users extend them with files of the same shape (`--dictionary`),
 * which are validated here so a typo in a data file is reported, not silently ignored.
 */
import { z } from 'zod';
import { UnitKind } from '../model';
import departmentStems from '../dictionaries/department-stems.json';
import namedUnits from '../dictionaries/named-units.json';
import nationalUnits from '../dictionaries/national-units.json';
import unitKindRules from '../dictionaries/unit-kind-rules.json';
import places from '../dictionaries/places.json';
import ownNameMarkers from '../dictionaries/own-name-markers.json';

export const DictionaryFile = z.object({
  stems: z.array(z.object({ stem: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })).optional(),
  units: z
    .array(
      z.object({
        name: z.string().min(1),
        kind: UnitKind,
        fullName: z.string().nullable().default(null),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .optional(),
  rules: z.array(z.object({ kind: UnitKind, pattern: z.string().min(1) })).optional(),
  provinces: z.array(z.string().min(1)).optional(),
  cities: z.array(z.string().min(1)).optional(),
  interchangeable: z.array(z.array(z.string().min(1)).min(2)).optional(),
  markers: z.array(z.string().min(1)).optional(),
  suffixes: z.array(z.string().min(1)).optional(),
});
export type DictionaryFile = z.infer<typeof DictionaryFile>;

export interface NamedUnitEntry {
  name: string;
  kind: UnitKind;
  fullName: string | null;
}

export interface UnitDictionary {
  /** Any spelling of a department stem → its canonical stem. */
  stems: ReadonlyMap<string, string>;
  /** Any name or alias of a named unit → the entry. */
  named: ReadonlyMap<string, NamedUnitEntry>;
  kindRules: ReadonlyArray<{ kind: UnitKind; pattern: RegExp }>;
  /** Provinces and cities, longest first so that 乌鲁木齐 wins over shorter openings. */
  places: readonly string[];
  /** The longest place a name opens with (乌鲁木齐市… → 乌鲁木齐), or null. */
  placeAtStart: (name: string) => string | null;
  markers: readonly string[];
  suffixes: readonly string[];
  /** Stems that name one department only where a document writes both. */
  interchangeable: ReadonlyArray<readonly string[]>;
}

const DEFAULT_FILES: DictionaryFile[] = [departmentStems, namedUnits, nationalUnits, unitKindRules, places, ownNameMarkers].map(
  (file) => DictionaryFile.parse(file),
);

/** Builds the dictionary from the shipped files plus any extension files, later ones winning. */
export function buildUnitDictionary(extensions: readonly DictionaryFile[] = []): UnitDictionary {
  const stems = new Map<string, string>();
  const named = new Map<string, NamedUnitEntry>();
  const rules: Array<{ kind: UnitKind; pattern: RegExp }> = [];
  const placeSet = new Set<string>();
  const markers: string[] = [];
  const suffixes: string[] = [];
  const interchangeable: string[][] = [];
  // Extension rules come first so that users can override a shipped rule.
  for (const file of [...extensions].reverse()) rules.push(...compileRules(file));
  for (const file of [...DEFAULT_FILES, ...extensions]) {
    for (const entry of file.stems ?? []) {
      stems.set(entry.stem, entry.stem);
      for (const alias of entry.aliases) stems.set(alias, entry.stem);
    }
    for (const unit of file.units ?? []) {
      const entry: NamedUnitEntry = { name: unit.name, kind: unit.kind, fullName: unit.fullName };
      named.set(unit.name, entry);
      for (const alias of unit.aliases) named.set(alias, entry);
      if (unit.fullName) named.set(unit.fullName, entry);
    }
    for (const place of [...(file.provinces ?? []), ...(file.cities ?? [])]) placeSet.add(place);
    markers.push(...(file.markers ?? []));
    suffixes.push(...(file.suffixes ?? []));
    interchangeable.push(...(file.interchangeable ?? []));
  }
  for (const file of DEFAULT_FILES) rules.push(...compileRules(file));
  const sortedPlaces = [...placeSet].sort((a, b) => b.length - a.length);
  return {
    stems,
    named,
    kindRules: rules,
    places: sortedPlaces,
    placeAtStart: placeFinder(sortedPlaces),
    markers,
    suffixes,
    interchangeable,
  };
}

function compileRules(file: DictionaryFile): Array<{ kind: UnitKind; pattern: RegExp }> {
  return (file.rules ?? []).map((rule) => ({ kind: rule.kind, pattern: new RegExp(rule.pattern, 'u') }));
}

/** The dictionary with the plan's own places added: 天河规划资源分局 in 天河区's plan carries its own name. */
export function withPlaces(dict: UnitDictionary, extra: readonly string[]): UnitDictionary {
  const added = extra.filter((p) => p.length >= 2 && !dict.places.includes(p));
  if (added.length === 0) return dict;
  const places = [...dict.places, ...added].sort((a, b) => b.length - a.length);
  return { ...dict, places, placeAtStart: placeFinder(places) };
}

/**
 * A lookup of the place a name opens with: a set probed with the name's first 4, 3 and 2
 * characters, which costs the same for 300 places as for 30 (an alternation of every place
 * name is slow to build and to run on every unit of every plan).
 */
function placeFinder(places: readonly string[]): (name: string) => string | null {
  const set = new Set(places);
  const lengths = [...new Set(places.map((p) => p.length))].sort((a, b) => b - a);
  return (name) => {
    for (const length of lengths) {
      if (length <= name.length && set.has(name.slice(0, length))) return name.slice(0, length);
    }
    return null;
  };
}

/**
 * The dictionary for one document: of interchangeable spellings (自然资源和规划局 /
 * 规划和自然资源局) that the text both uses, the later-used ones become aliases of the first.
 */
export function withDocumentSpellings(dict: UnitDictionary, text: string): UnitDictionary {
  let stems: Map<string, string> | null = null;
  for (const group of dict.interchangeable) {
    const used = group.map((spelling) => ({ spelling, at: text.indexOf(spelling) })).filter((u) => u.at >= 0).sort((a, b) => a.at - b.at);
    if (used.length < 2) continue;
    stems ??= new Map(dict.stems);
    for (const { spelling } of used.slice(1)) stems.set(spelling, used[0]!.spelling);
  }
  return stems ? { ...dict, stems } : dict;
}
