/**
 * What the parser made of each paragraph. Every paragraph of the input gets exactly one role,
 * so nothing is dropped silently: `unparsed` paragraphs also appear as findings.
 */
import { z } from 'zod';

export const ParagraphRole = z.enum([
  'title',
  'preamble',
  'section-heading',
  /** A numbered heading that groups tasks inside a section ((一) above 1. tasks). */
  'sub-heading',
  'task-headline',
  'measures',
  'division',
  'note',
  'unparsed',
]);
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const ParagraphEntry = z.object({
  paragraph: z.number().int().positive(),
  line: z.number().int().positive(),
  role: ParagraphRole,
  /** Ordinal of the task the paragraph belongs to, if any. */
  task: z.number().int().positive().nullable(),
});
export type ParagraphEntry = z.infer<typeof ParagraphEntry>;
