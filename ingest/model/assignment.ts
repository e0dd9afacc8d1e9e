/** One unit's role in one task, with the characters of the division text it was read from. */
import { z } from 'zod';
import { SourceSpan } from './source-span';

export const Role = z.enum(['lead', 'support']);
export type Role = z.infer<typeof Role>;

export const Assignment = z.object({
  /** Ordinal of the task block in the document (see Task.ordinal). */
  task: z.number().int().positive(),
  /** Canonical unit name. */
  unit: z.string().min(1),
  role: Role,
  /** 1-based position within the role, in document order: lead 1 is the primary lead. */
  order: z.number().int().positive(),
  /** The words of the document that name the unit here (before prefix restoration). */
  surface: z.string().min(1),
  span: SourceSpan,
});
export type Assignment = z.infer<typeof Assignment>;
