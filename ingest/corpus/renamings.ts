/**
 * Departments renamed from one year to the next (省经信委 → 省经济和信息化厅 in 2022): within
 * a region a renamed unit keeps one identity across the years, named by its latest name. The
 * renamings are data (ingest/dictionaries/renamings.json), written in any spelling the
 * dictionary knows, since they are compared through canonical names.
 */
import { z } from 'zod';
import { canonicalUnitName } from '../parse/resolve-units';
import type { UnitDictionary } from '../parse/unit-dictionary';
import shippedRenamings from '../dictionaries/renamings.json';

export const Renaming = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  /** The first year whose plans use the new name. */
  year: z.number().int().min(1949).max(2100),
  /** The place whose plans the renaming concerns (浙江, 宁波); none: wherever the old name appears. */
  region: z.string().min(1).optional(),
});
export type Renaming = z.infer<typeof Renaming>;

export const RenamingsFile = z.object({ renamings: z.array(Renaming) });
export type RenamingsFile = z.infer<typeof RenamingsFile>;

/** Renamings with canonical names, latest year first within a name. */
export interface RenamingIndex {
  renamings: readonly Renaming[];
  /** Canonical old name → its renamings (region-specific and general). */
  byName: ReadonlyMap<string, readonly Renaming[]>;
}

export function buildRenamingIndex(dict: UnitDictionary, extensions: readonly RenamingsFile[] = []): RenamingIndex {
  const canonical = (name: string) => canonicalUnitName(name, dict);
  const renamings = [RenamingsFile.parse(shippedRenamings), ...extensions]
    .flatMap((file) => file.renamings)
    .map((r) => ({ ...r, from: canonical(r.from), to: canonical(r.to) }));
  const byName = new Map<string, Renaming[]>();
  for (const r of renamings) byName.set(r.from, [...(byName.get(r.from) ?? []), r]);
  return { renamings, byName };
}

export interface CurrentName {
  /** The unit's latest name in the region. */
  name: string;
  /** The renamings followed to get there, oldest first. */
  steps: Renaming[];
}

/**
 * A unit's latest name in a region: its renamings followed one after another, a renaming for
 * the region preferred to a general one. A chain that comes back to a name stops there.
 */
export function currentName(name: string, region: string | null, index: RenamingIndex): CurrentName {
  const steps: Renaming[] = [];
  const seen = new Set([name]);
  let current = name;
  for (;;) {
    const candidates = (index.byName.get(current) ?? []).filter((r) => r.region === undefined || r.region === region);
    const next = candidates.find((r) => r.region !== undefined) ?? candidates[0];
    if (!next || seen.has(next.to)) return { name: current, steps };
    steps.push(next);
    seen.add(next.to);
    current = next.to;
  }
}
