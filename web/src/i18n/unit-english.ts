/**
 * English names of units, for English readers, from the glossary data file
 * (ingest/dictionaries/unit-glossary-en.json): a whole name first; otherwise the level prefix
 * gives the level word and the rest is a department, party or government office
 * (市发展改革委 → Municipal Development and Reform Commission, 省委网信办 → Cyberspace Affairs
 * Office of the Provincial Party Committee); a city's government takes its place's name.
 * Units the glossary cannot name keep their Chinese name alone.
 */
import { z } from 'zod';
import type { PlanLevel } from '../../../ingest/model';
import glossaryData from '../../../ingest/dictionaries/unit-glossary-en.json';

const Words = z.record(z.string(), z.string());
export const UnitGlossary = z.object({
  prefixes: Words,
  stems: Words,
  partyStems: Words,
  partyPrefixes: Words,
  governmentStems: Words,
  governmentPrefixes: Words,
  places: Words,
  cityGovernment: Words,
  names: Words,
  national: Words,
});
export type UnitGlossary = z.infer<typeof UnitGlossary>;

const GLOSSARY = UnitGlossary.parse(glossaryData);

/** Longest key of `words` that `name` starts with. */
const prefixOf = (name: string, words: Record<string, string>) =>
  Object.keys(words)
    .filter((p) => name.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];

export function englishUnitName(name: string, level: PlanLevel | null = null, glossary: UnitGlossary = GLOSSARY): string | null {
  const whole = glossary.names[name] ?? (level === 'national' || level === null ? glossary.national[name] : undefined);
  if (whole) return whole;
  const party = prefixOf(name, glossary.partyPrefixes);
  if (party) {
    const office = glossary.partyStems[name.slice(party.length)];
    if (office) return `${office} of ${glossary.partyPrefixes[party]}`;
  }
  const government = prefixOf(name, glossary.governmentPrefixes);
  if (government) {
    const office = glossary.governmentStems[name.slice(government.length)];
    if (office) return `${office} of ${glossary.governmentPrefixes[government]}`;
  }
  const place = prefixOf(name, glossary.places);
  if (place) {
    const rest = name.slice(place.length);
    const city = glossary.cityGovernment[rest];
    if (city) return `${glossary.places[place]} ${city}`;
    // 深圳市税务局: the place and the department at its level.
    const level = prefixOf(rest, glossary.prefixes);
    if (level && glossary.stems[rest.slice(level.length)]) return `${glossary.places[place]} ${glossary.prefixes[level]} ${glossary.stems[rest.slice(level.length)]}`;
  }
  const prefix = prefixOf(name, glossary.prefixes);
  if (prefix) {
    const stem = glossary.stems[name.slice(prefix.length)];
    if (stem) return `${glossary.prefixes[prefix]} ${stem}`;
  }
  return null;
}

/** A unit's label in English mode: the English name over the Chinese one. */
export function unitLabel(name: string, level: PlanLevel | null = null): string {
  const english = englishUnitName(name, level);
  return english ? `${english}\n${name}` : name;
}

/** A unit's name on one line in English mode: `English (中文)`. */
export function unitLine(name: string, level: PlanLevel | null = null): string {
  const english = englishUnitName(name, level);
  return english ? `${english} (${name})` : name;
}
