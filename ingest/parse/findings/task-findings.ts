/** Findings of single tasks: a lost division, a lost task text, an inferred number, a document cut off after a task. */
import type { Finding } from '../../model';
import { hasUnits, placeOf, taskName, type FindingInputs } from './finding-inputs';
import type { TaskBlock } from '../segment-plan';

const lastLine = (block: TaskBlock) => block.paragraphs[block.paragraphs.length - 1]!.line;

export function taskFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => placeOf(input, line);
  const label = taskName;
  for (const [i, task] of input.tasks.entries()) {
    const block = input.blocks[i]!;
    if (!hasUnits(block)) {
      findings.push({
        code: 'task-without-division',
        severity: 'warning',
        message: `${at(lastLine(block))}: ${label(task)} has no division (no 部门分工 paragraph, 牵头单位/责任单位 line or division in parentheses) — it is kept without leads or supports, not filled from a neighbour`,
        line: lastLine(block),
        task: task.ordinal,
        span: task.span,
      });
    }
    if (!block.headline && block.measures.length === 0) {
      findings.push({
        code: 'division-without-task-text',
        severity: 'warning',
        message: `${at(block.paragraphs[0]!.line)}: ${label(task)} is a division with no headline or measures — the task text was lost; its assignments are kept`,
        line: block.paragraphs[0]!.line,
        task: task.ordinal,
        span: task.divisionSpan,
      });
    }
    if (task.numberInferred && task.number !== null) {
      findings.push({
        code: 'number-inferred',
        severity: 'info',
        message: `${at(block.paragraphs[0]!.line)}: task number ${task.number} inferred from the written numbers around it`,
        line: block.paragraphs[0]!.line,
        task: task.ordinal,
        span: null,
      });
    }
  }
  const lastBlock = input.blocks[input.blocks.length - 1];
  if (lastBlock && lastBlock.measures.length > 0 && !lastBlock.division) {
    findings.push({
      code: 'document-ends-mid-task',
      severity: 'info',
      message: `${at(lastBlock.paragraphs[0]!.line)}: the document ends with a task that has measures but no division — the text may be cut off`,
      line: lastBlock.paragraphs[0]!.line,
      task: lastBlock.ordinal,
      span: null,
    });
  }
  return findings;
}
