/** The plan as a document: what it is called, whose and which year it is, where it came from. */
import { z } from 'zod';

/** The government that issued the plan: the State Council, a province, a city, a district or county. */
export const PlanLevel = z.enum(['national', 'province', 'city', 'district']);
export type PlanLevel = z.infer<typeof PlanLevel>;

/** Reading conventions a notice can announce for all of a plan's divisions. */
export const Convention = z.enum(['first-listed-leads', 'responsible-are-leads', 'bold-leads']);
export type Convention = z.infer<typeof Convention>;

/** What the parser recognised of the document's layout, for the report and the app. */
export const PlanLayout = z.object({
  /** Numbering forms of the task headlines, most used first: `1.`, `(1)`, `(一)` … */
  taskNumbering: z.array(z.string()),
  /** Whether task numbers restart in every section (then a task is known as 二(三)). */
  numberingRestartsInSections: z.boolean(),
  /** Division forms used, most used first: `部门分工 paragraph`, `labelled lines`, `trailing parenthesis` … */
  divisionForms: z.array(z.string()),
  /** Conventions announced by the notice. */
  conventions: z.array(Convention),
});
export type PlanLayout = z.infer<typeof PlanLayout>;

export const PlanDocument = z.object({
  /** Stable id derived from the file name: lowercase, safe for URLs and keys. */
  id: z.string().min(1),
  title: z.string().nullable(),
  /** Region the plan belongs to, when the title or body names it (广东, 深圳 …). */
  region: z.string().nullable(),
  /** Whether `region` was read from the title or inferred from the body. */
  regionSource: z.enum(['title', 'body']).nullable(),
  year: z.number().int().nullable(),
  /** Level of the issuing government, from the title or, failing that, the units' prefixes. */
  level: PlanLevel.nullable(),
  layout: PlanLayout,
  sourceFile: z.string(),
  /** sha256 of the raw bytes: a changed file is a new version of the document. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  paragraphCount: z.number().int().nonnegative(),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
