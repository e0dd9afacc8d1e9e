/**
 * Every character a picture of this plan can show, in either language: names of units,
 * projects and tasks, the title, the source, the legend and subtitle texts, digits. An offline
 * page carries the outlines of these, since it has no server to ask.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { MESSAGES } from '../i18n/messages';
import { taskLabel } from '../graph/network-model';
import { englishUnitName } from '../i18n/unit-english';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  // Message functions: their fixed words come out with any argument.
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => unknown)(0, 0))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function pictureCharacters(plan: ParsedPlan): string {
  const texts = [
    plan.document.title ?? plan.document.id,
    plan.document.sourceFile,
    ...plan.units.map((u) => u.name),
    ...plan.units.map((u) => englishUnitName(u.name, plan.document.level) ?? ''),
    '()',
    ...plan.projects.map((p) => p.name),
    ...plan.tasks.map(taskLabel),
    ...strings(MESSAGES),
    '0123456789#,·: ',
  ];
  return [...new Set(texts.join(''))].join('');
}
