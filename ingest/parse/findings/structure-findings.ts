/** Findings of the plan's structure: numbers by position or in contradiction, a lost or skipped section heading, paragraphs that fit no rule. */
import type { Finding } from '../../model';
import { placeOf, type FindingInputs } from './finding-inputs';

export function structureFindings(input: FindingInputs): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number | null) => placeOf(input, line);
  if (input.numbering.numberedByPosition) {
    findings.push({
      code: 'number-inferred',
      severity: 'warning',
      message: 'no task headline carries a number — tasks are numbered by their position in the document',
      line: null,
      task: null,
      span: null,
    });
  }
  for (const c of input.numbering.contradictions) {
    const from = input.blocks[c.fromBlock]!;
    const to = input.blocks[c.toBlock]!;
    const between = c.toBlock - c.fromBlock - 1;
    findings.push({
      code: 'number-contradiction',
      severity: 'error',
      message: `${at(from.paragraphs[0]!.line)} to ${at(to.paragraphs[0]!.line)}: ${between} task block(s) stand between task ${c.fromNumber} and task ${c.toNumber}, which leaves room for ${Math.max(0, c.toNumber - c.fromNumber - 1)} — their numbers are left unknown`,
      line: from.paragraphs[0]!.line,
      task: from.ordinal,
      span: null,
    });
  }
  const unplaced = input.tasks.filter((t) => t.section !== null && input.sections.find((s) => s.number === t.section)?.title === null);
  const lost = input.sections.find((s) => s.title === null);
  if (lost && unplaced.length > 0) {
    findings.push({
      code: 'section-heading-missing',
      severity: 'warning',
      message: `${at(unplaced[0]!.span.line)}: the heading of section ${lost.number} is missing; ${unplaced.length} task block(s) before the first heading are placed in it`,
      line: unplaced[0]!.span.line,
      task: unplaced[0]!.ordinal,
      span: null,
    });
  }
  for (let i = 1; i < input.headings.length; i++) {
    const prev = input.headings[i - 1]!;
    const next = input.headings[i]!;
    if (next.number !== prev.number + 1) {
      findings.push({
        code: 'section-number-gap',
        severity: 'warning',
        message: `${at(next.paragraph.line)}: section ${next.number} follows section ${prev.number}`,
        line: next.paragraph.line,
        task: null,
        span: null,
      });
    }
  }
  for (const p of input.unparsed) {
    findings.push({
      code: 'unparsed-paragraph',
      severity: 'warning',
      message: `${at(p.line)}: paragraph fits no rule of the plan (not a heading, task headline, 工作措施 or 部门分工) — left out of the graph: “${p.text.slice(0, 30)}${p.text.length > 30 ? '…' : ''}”`,
      line: p.line,
      task: null,
      span: { line: p.line, paragraph: p.index, start: p.start, end: p.start + p.text.length },
    });
  }
  return findings;
}
