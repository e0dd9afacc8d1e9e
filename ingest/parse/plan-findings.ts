/**
 * The data-quality findings of a parse: what the document leaves open, each with its place
 * in the file, worded for the researcher who has to decide whether to trust a number built
 * on it. One family of findings per file in findings/.
 */
import type { Finding } from '../model';
import type { FindingInputs } from './findings/finding-inputs';
import { taskFindings } from './findings/task-findings';
import { structureFindings } from './findings/structure-findings';
import { divisionFindings } from './findings/division-findings';
import { unitFindings } from './findings/unit-findings';
import { conventionFindings } from './findings/convention-findings';

export type { FindingInputs } from './findings/finding-inputs';

export function findingsFor(input: FindingInputs): Finding[] {
  const findings = [taskFindings, structureFindings, divisionFindings, unitFindings, conventionFindings].flatMap((family) => family(input));
  // Stable: findings of one line keep the order of their families.
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
