/**
 * The human summary of a parse (`npm run parse -- --report`): what was read, in figures a
 * researcher can cite, then every warning and error with its line. Info findings that come
 * by the dozen (inferred numbers) are summarised as ranges instead of listed one by one.
 */
import type { Finding, ParsedPlan, PlanLayout } from '../model';

export function qualityReport(plan: ParsedPlan): string {
  const { document: doc, tasks, units, assignments, projects, mentions, findings, sections } = plan;
  const numbered = tasks.filter((t) => t.number !== null).map((t) => t.number!);
  const written = tasks.filter((t) => !t.numberInferred).length;
  const leads = assignments.filter((a) => a.role === 'lead').length;
  const lines: string[] = [];
  lines.push(`${doc.title ?? '(no title)'} — ${doc.sourceFile}`);
  lines.push(
    `${doc.level ?? 'level unknown'} plan, region ${doc.region ?? 'unknown'}${doc.regionSource === 'body' ? ' (from the body)' : ''}, year ${doc.year ?? 'unknown'}, ${doc.paragraphCount} paragraphs`,
  );
  lines.push(...layoutLines(doc.layout));
  lines.push('');
  lines.push(
    `tasks      ${tasks.length}` +
      (numbered.length > 0 ? ` numbered ${Math.min(...numbered)}–${Math.max(...numbered)}` : '') +
      ` (${written} numbers written, ${tasks.length - written} inferred)`,
  );
  lines.push(`sections   ${sections.length}${sections.some((s) => s.title === null) ? ` (${sections.filter((s) => s.title === null).length} heading lost)` : ''}`);
  lines.push(`divisions  ${tasks.filter((t) => t.division !== null).length} — ${leads} lead and ${assignments.length - leads} support assignments`);
  lines.push(
    `units      ${units.length} (${countBy(units.map((u) => u.kind))}); ${units.filter((u) => !u.known).length} not in the dictionaries`,
  );
  lines.push(
    `projects   ${projects.length} from ${mentions.length} mentions (${countBy(projects.map((p) => p.kind))}); ${projects.filter((p) => p.tasks.length > 1).length} named in more than one task`,
  );
  lines.push('');
  lines.push(`findings   ${countBy(findings.map((f) => f.code))}`);
  const inferred = findings.filter((f) => f.code === 'number-inferred' && f.task !== null);
  if (inferred.length > 0) {
    const numbers = inferred.map((f) => tasks[f.task! - 1]!.number!).sort((a, b) => a - b);
    lines.push(`  info     inferred task numbers: ${ranges(numbers)}`);
  }
  for (const f of findings.filter((f) => !(f.code === 'number-inferred' && f.task !== null))) lines.push(formatFinding(f));
  return lines.join('\n') + '\n';
}

const CONVENTION_NAMES: Readonly<Record<PlanLayout['conventions'][number], string>> = {
  'first-listed-leads': '列第一位的为牵头单位 (first unit listed leads)',
  'responsible-are-leads': '无牵头单位的，责任单位即为牵头单位 (responsible units lead)',
  'bold-leads': '加粗的为牵头单位 (bold marks leads — not applicable to plain text)',
};

/** How the document was read: the layout a reader can check against the file. */
function layoutLines(layout: PlanLayout): string[] {
  return [
    `layout     task numbering ${layout.taskNumbering.join(', ') || 'none'}${layout.numberingRestartsInSections ? ', restarting in every section' : ''}; ` +
      `divisions as ${layout.divisionForms.join(', ') || 'none'}`,
    `           conventions ${layout.conventions.map((c) => CONVENTION_NAMES[c]).join('; ') || 'none announced'}`,
  ];
}

function formatFinding(f: Finding): string {
  return `  ${f.severity.padEnd(8)} ${f.code}: ${f.message}`;
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
}

/** 10, 13, 14, 15, 17 → "10, 13–15, 17". */
export function ranges(sorted: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
