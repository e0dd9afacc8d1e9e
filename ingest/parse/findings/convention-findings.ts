/** Conventions the notice announces, whether they could be applied, and readings assumed without one. */
import type { Convention, Finding } from '../../model';
import { placeOf, type FindingInputs } from './finding-inputs';

const CONVENTION_WORDS: Readonly<Record<Convention, string>> = {
  'first-listed-leads': 'the first unit listed leads (列第一位的为牵头单位)',
  'responsible-are-leads': 'where no lead is named, the responsible units lead (无牵头单位的，责任单位即为牵头单位)',
  'bold-leads': 'bold type marks the lead units (加粗的为牵头单位)',
};

export function conventionFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => placeOf(input, line);
  for (const c of input.conventions) {
    const line = c.paragraph?.line ?? null;
    const span = c.paragraph ? { line: c.paragraph.line, paragraph: c.paragraph.index, start: c.start, end: c.end } : null;
    findings.push(
      c.convention === 'bold-leads'
        ? {
            code: 'convention-not-applicable',
            severity: 'warning',
            message: `${at(line)}: the notice says ${CONVENTION_WORDS[c.convention]}, but plain text carries no bold — lead units of lists without 牵头 cannot be told apart and are read by the division words alone`,
            line,
            task: null,
            span,
          }
        : {
            code: 'convention-applied',
            severity: 'info',
            message: `${at(line)}: the notice says ${CONVENTION_WORDS[c.convention]} — applied to every division that names no lead`,
            line,
            task: null,
            span,
          },
    );
  }
  const assumed = input.assumedReadings;
  if (assumed.length > 0) {
    const first = assumed[0]!.division!.paragraphs[0]!;
    findings.push({
      code: 'convention-assumed',
      severity: 'warning',
      message: `${at(first.line)}: ${assumed.length} division(s) give only 责任单位 and the notice announces no convention — the first unit listed is taken as the lead; declare the plan's convention if it differs`,
      line: first.line,
      task: assumed[0]!.ordinal,
      span: null,
    });
  }
  return findings;
}
