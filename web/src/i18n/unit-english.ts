/** Placeholder until the glossary lands. */
import type { PlanLevel } from '../../../ingest/model';
export function englishUnitName(name: string, _level: PlanLevel | null = null): string | null {
  return null;
}
export function unitLabel(name: string, level: PlanLevel | null = null): string {
  const en = englishUnitName(name, level);
  return en ? `${en}\n${name}` : name;
}
