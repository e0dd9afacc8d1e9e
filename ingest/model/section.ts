/** A numbered part of the plan (一、二、…) that groups tasks. */
import { z } from 'zod';
import { SourceSpan } from './source-span';

export const Section = z.object({
  /** 1-based section number, from the Chinese numeral of its heading. */
  number: z.number().int().positive(),
  /** Heading text without its numeral; null when the heading was lost. */
  title: z.string().nullable(),
  span: SourceSpan.nullable(),
});
export type Section = z.infer<typeof Section>;
