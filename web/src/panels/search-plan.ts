/**
 * Search of a plan: units by any spelling the plan uses or the dictionaries know (发改委 and
 * 工信厅 find 省发展改革委 and 省工业和信息化厅: a unit's stem and the stem's abbreviations,
 * with or without the level prefix, and the full names of named units), tasks by their label
 * or number (46, 第46项, 二(三)) or words of their headline, projects by any of their names.
 * Pure: the dictionaries are data.
 */
import type { ParsedPlan } from '../../../ingest/model';
import stemData from '../../../ingest/dictionaries/department-stems.json';
import namedData from '../../../ingest/dictionaries/named-units.json';
import nationalData from '../../../ingest/dictionaries/national-units.json';
import { projectId, taskId, unitId } from '../graph/network-model';

export interface Hit {
  id: string;
  type: 'unit' | 'task' | 'project';
  /** The canonical name, or the task's label and headline. */
  label: string;
  /** The spelling that matched when it is not the name itself. */
  via: string | null;
}

const STEMS = (stemData as { stems: Array<{ stem: string; aliases: string[] }> }).stems;
const NAMED = [...(namedData as { units: Array<{ name: string; fullName?: string | null; aliases: string[] }> }).units, ...(nationalData as { units: Array<{ name: string; fullName?: string | null; aliases: string[] }> }).units];
const LEVEL_PREFIX = /^(省|市|区|县|自治区|州|盟|旗)/;

/** Every spelling a unit goes by: its own, the plan's, and the dictionaries'. */
export function unitSpellings(name: string, planAliases: readonly string[]): string[] {
  const spellings = new Set([name, ...planAliases]);
  const prefix = LEVEL_PREFIX.exec(name)?.[0] ?? '';
  const stem = name.slice(prefix.length);
  for (const entry of STEMS) {
    if (entry.stem !== stem && !entry.aliases.includes(stem)) continue;
    for (const alias of [entry.stem, ...entry.aliases]) {
      spellings.add(alias);
      spellings.add(prefix + alias);
    }
  }
  for (const entry of NAMED) {
    if (entry.name !== name && !entry.aliases.includes(name)) continue;
    for (const alias of [entry.name, ...entry.aliases, ...(entry.fullName ? [entry.fullName] : [])]) spellings.add(alias);
  }
  return [...spellings];
}

export function searchPlan(plan: ParsedPlan, query: string, taskName: (label: string | null) => string): Hit[] {
  const q = query.trim();
  if (q.length === 0) return [];
  const units: Hit[] = [];
  for (const u of plan.units) {
    const spellings = unitSpellings(u.name, u.aliases);
    const match = spellings.find((s) => s.includes(q));
    if (match) units.push({ id: unitId(u.name), type: 'unit', label: u.name, via: match === u.name || u.name.includes(q) ? null : match });
  }
  const projects: Hit[] = [];
  for (const p of plan.projects) {
    const match = [p.name, ...p.aliases].find((a) => a.includes(q));
    if (match) projects.push({ id: projectId(p.name), type: 'project', label: p.name, via: match === p.name ? null : match });
  }
  // 第46项, 第 46 项, 46, #46, 二(三): a task by the name readers give it.
  const wanted = /^第\s*(.+?)\s*项$/.exec(q)?.[1] ?? q.replace(/^#/, '');
  const byLabel = plan.tasks.filter((t) => t.label === wanted || (t.number !== null && String(t.number) === wanted));
  const byWords = q.length >= 2 ? plan.tasks.filter((t) => !byLabel.includes(t) && (t.headline ?? t.measures ?? '').includes(q)) : [];
  const tasks = [...byLabel, ...byWords].map((t) => ({ id: taskId(t.ordinal), type: 'task' as const, label: `${taskName(t.label)} ${(t.headline ?? t.measures ?? '').slice(0, 24)}`, via: null }));
  return [...(byLabel.length > 0 ? tasks : []), ...units, ...projects, ...(byLabel.length > 0 ? [] : tasks)].slice(0, 40);
}
