/** Findings of division grammar: a division that names no lead, units without a role word. */
import type { Finding } from '../../model';
import { placeOf, taskName, type FindingInputs } from './finding-inputs';

export function divisionFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => placeOf(input, line);
  const label = taskName;
  for (const { block, problem } of input.divisionProblems) {
    const task = input.tasks[block.ordinal - 1]!;
    const line = block.division!.paragraphs[0]!.line;
    findings.push(
      problem === 'no-lead'
        ? {
            code: 'division-without-lead',
            severity: 'warning',
            message: `${at(line)}: the division of ${label(task)} names no 牵头 unit — leads unknown; its units are kept as supporting`,
            line,
            task: task.ordinal,
            span: task.divisionSpan,
          }
        : {
            code: 'division-without-role-word',
            severity: 'warning',
            message: `${at(line)}: part of the division of ${label(task)} has no role word (牵头/配合/负责) — those units are kept as supporting`,
            line,
            task: task.ordinal,
            span: task.divisionSpan,
          },
    );
  }
  return findings;
}
