/**
 * What a unit does, across regions and levels: 省发展改革委, 市发改委, 区发改局 and 国家发展改革委
 * all do development and reform. The functions are data (ingest/dictionaries/unit-functions.json,
 * extended by users); a unit is matched by its whole name, then by its stem without the level
 * prefix, then by patterns, then by its kind. A collective always takes the collective function.
 */
import { z } from 'zod';
import { UnitKind, type Unit } from '../model';
import { levelPrefixOf } from '../parse/resolve-units';
import type { UnitDictionary } from '../parse/unit-dictionary';
import shippedFunctions from '../dictionaries/unit-functions.json';

export const FunctionId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, { message: 'a function id is lower-case words joined by hyphens' });

export const UnitFunction = z.object({
  id: FunctionId,
  zh: z.string().min(1),
  en: z.string().min(1),
  names: z.array(z.string().min(1)).default([]),
  stems: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
  kinds: z.array(UnitKind).default([]),
});
export type UnitFunction = z.infer<typeof UnitFunction>;

export const FunctionsFile = z.object({ functions: z.array(UnitFunction) });
export type FunctionsFile = z.infer<typeof FunctionsFile>;

export interface FunctionIndex {
  /** Every function in file order, the shipped ones first. */
  functions: readonly UnitFunction[];
  byId: ReadonlyMap<string, UnitFunction>;
  names: ReadonlyMap<string, string>;
  /** Canonical department stem → function id. */
  stems: ReadonlyMap<string, string>;
  patterns: ReadonlyArray<{ pattern: RegExp; id: string }>;
  kinds: ReadonlyMap<UnitKind, string>;
}

/** The index of the shipped functions plus any extension files; a later file adds to a function of the same id. */
export function buildFunctionIndex(dict: UnitDictionary, extensions: readonly FunctionsFile[] = []): FunctionIndex {
  const byId = new Map<string, UnitFunction>();
  for (const file of [FunctionsFile.parse(shippedFunctions), ...extensions]) {
    for (const fn of file.functions) {
      const known = byId.get(fn.id);
      byId.set(
        fn.id,
        known
          ? { ...known, names: [...known.names, ...fn.names], stems: [...known.stems, ...fn.stems], patterns: [...known.patterns, ...fn.patterns], kinds: [...known.kinds, ...fn.kinds] }
          : fn,
      );
    }
  }
  const functions = [...byId.values()];
  const names = new Map<string, string>();
  const stems = new Map<string, string>();
  const kinds = new Map<UnitKind, string>();
  for (const fn of functions) {
    for (const name of fn.names) names.set(name, fn.id);
    // A stem may be written in any spelling the department dictionary knows (发改委 = 发展改革委).
    for (const stem of fn.stems) stems.set(dict.stems.get(stem) ?? stem, fn.id);
    for (const kind of fn.kinds) kinds.set(kind, fn.id);
  }
  const patterns = functions.flatMap((fn) => fn.patterns.map((p) => ({ pattern: new RegExp(p, 'u'), id: fn.id })));
  return { functions, byId, names, stems, patterns, kinds };
}

/** The function of a unit, or null when nothing in the functions file knows it. */
export function functionOf(unit: Pick<Unit, 'name' | 'kind'>, index: FunctionIndex, dict: UnitDictionary): string | null {
  // A collective stands for many units of many functions: it is never taken for one of them.
  if (unit.kind === 'collective') return index.kinds.get('collective') ?? null;
  const byName = index.names.get(unit.name);
  if (byName) return byName;
  const prefix = levelPrefixOf(unit.name, dict);
  const rest = prefix ? unit.name.slice(prefix.length) : unit.name;
  const byStem = index.stems.get(dict.stems.get(rest) ?? rest);
  if (byStem) return byStem;
  const byPattern = index.patterns.find((p) => p.pattern.test(unit.name));
  if (byPattern) return byPattern.id;
  return index.kinds.get(unit.kind) ?? null;
}
