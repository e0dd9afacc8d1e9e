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

/** The kind of file the plan was read from. */
export const SourceFormat = z.enum(['text', 'html', 'docx', 'xlsx', 'csv', 'tsv', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Longest document id, in UTF-16 units. */
export const DOCUMENT_ID_MAX_LENGTH = 120;

/** A character an id may hold: a lowercase or caseless letter (any script), a mark or a digit. */
const ID_CHARACTER = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]$/u;

export function isDocumentIdCharacter(char: string): boolean {
  return ID_CHARACTER.test(char);
}

/**
 * A document id: runs of letters and digits joined by single hyphens (`guangdong-2022-task-division`,
 * `广东省2022年重点任务分工方案`). No slash, space, dot or upper case, so an id can be neither
 * a path nor another document's key, and a URL carries it as it is.
 */
export const DocumentId = z
  .string()
  .min(1)
  .max(DOCUMENT_ID_MAX_LENGTH)
  .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u, {
    message: 'a document id is letters and digits joined by single hyphens (lower case, no slash, space or dot)',
  });

export const PlanDocument = z.object({
  /** Stable id derived from the file name (ingest/parse/document-id.ts). */
  id: DocumentId,
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
  /** The file's format, and the text encoding of a text, web-page or CSV file. */
  format: SourceFormat,
  encoding: z.string().nullable(),
  /** Traditional-character copies are read through a simplified conversion; spans point into the original. */
  script: z.enum(['simplified', 'traditional']),
  /** sha256 of the raw bytes: a changed file is a new version of the document. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  paragraphCount: z.number().int().nonnegative(),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
