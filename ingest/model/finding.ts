/** A data-quality finding: something in the document the parser could not take at face value. */
import { z } from 'zod';
import { SourceSpan } from './source-span';

export const FindingCode = z.enum([
  'task-without-division',
  'division-without-task-text',
  'division-without-lead',
  'division-without-role-word',
  'unit-not-in-dictionary',
  'collective-unit',
  'number-inferred',
  'number-contradiction',
  'section-heading-missing',
  'section-number-gap',
  'unparsed-paragraph',
  'document-ends-mid-task',
  'convention-applied',
  'convention-assumed',
  'convention-not-applicable',
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Severity = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  code: FindingCode,
  severity: Severity,
  /** One sentence: what happened, where, and what it means for the graph. */
  message: z.string(),
  line: z.number().int().positive().nullable(),
  /** Ordinal of the task concerned, when there is one. */
  task: z.number().int().positive().nullable(),
  span: SourceSpan.nullable(),
});
export type Finding = z.infer<typeof Finding>;
