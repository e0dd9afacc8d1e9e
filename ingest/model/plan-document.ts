/** The plan as a document: what it is called, whose and which year it is, where it came from. */
import { z } from 'zod';

export const PlanDocument = z.object({
  /** Stable id derived from the file name: lowercase, safe for URLs and keys. */
  id: z.string().min(1),
  title: z.string().nullable(),
  /** Region the plan belongs to, when the title or body names it (广东, 深圳 …). */
  region: z.string().nullable(),
  /** Whether `region` was read from the title or inferred from the body. */
  regionSource: z.enum(['title', 'body']).nullable(),
  year: z.number().int().nullable(),
  sourceFile: z.string(),
  /** sha256 of the raw bytes: a changed file is a new version of the document. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  paragraphCount: z.number().int().nonnegative(),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
