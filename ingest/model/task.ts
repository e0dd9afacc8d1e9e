/** A task of the plan: its number, headline, measures and the division of responsibility. */
import { z } from 'zod';
import { SourceSpan } from './source-span';

export const Task = z.object({
  /** 1-based position of the task block in the document: the task's stable key. */
  ordinal: z.number().int().positive(),
  /** Task number as written, or inferred from written neighbours; null when they disagree. */
  number: z.number().int().positive().nullable(),
  /** True when `number` was inferred rather than written in a headline. */
  numberInferred: z.boolean(),
  /** How the task is named to a reader: `12`, or `二(三)` where numbers restart in every section. */
  label: z.string().nullable(),
  /** Number of the section the task belongs to; null before any section. */
  section: z.number().int().positive().nullable(),
  headline: z.string().nullable(),
  measures: z.string().nullable(),
  /** The division text as written, after its label (部门分工: …). */
  division: z.string().nullable(),
  /** Canonical names of the lead units, primary lead first. */
  leads: z.array(z.string()),
  /** Canonical names of the supporting units, in document order. */
  supports: z.array(z.string()),
  /** People's posts the division names as responsible (分管副市长): leaders, not units. */
  leaders: z.array(z.string()),
  /** The deadline as written (2023年6月底前完成), when the division gives one. */
  deadline: z.string().nullable(),
  /** Canonical names of the projects the measures name, in order of first mention. */
  projects: z.array(z.string()),
  span: SourceSpan,
  headlineSpan: SourceSpan.nullable(),
  measuresSpan: SourceSpan.nullable(),
  divisionSpan: SourceSpan.nullable(),
});
export type Task = z.infer<typeof Task>;
