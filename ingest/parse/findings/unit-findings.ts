/** Findings of units: names no dictionary knows, collectives that stand for many units. */
import type { Finding } from '../../model';
import { placeOf, type FindingInputs } from './finding-inputs';

export function unitFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => placeOf(input, line);
  for (const unit of input.units) {
    if (!unit.known) {
      findings.push({
        code: 'unit-not-in-dictionary',
        severity: 'warning',
        message: `${at(unit.firstSpan.line)}: unit “${unit.name}” (${unit.count} assignment${unit.count > 1 ? 's' : ''}) is not in the institution dictionaries — kept with kind ${unit.kind}; add it to a dictionary file to confirm its name and kind`,
        line: unit.firstSpan.line,
        task: null,
        span: unit.firstSpan,
      });
    }
    if (unit.kind === 'collective') {
      findings.push({
        code: 'collective-unit',
        severity: 'info',
        message: `${at(unit.firstSpan.line)}: “${unit.name}” stands for many units (${unit.count} assignment${unit.count > 1 ? 's' : ''}) — kept as one collective node, not as a department`,
        line: unit.firstSpan.line,
        task: null,
        span: unit.firstSpan,
      });
    }
  }
  return findings;
}
