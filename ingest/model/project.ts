/** Named projects (railways, airports, energy sites …) and where tasks mention them. */
import { z } from 'zod';
import { SourceSpan } from './source-span';

/**
 * What a planner would put on a map. `science`: laboratories and large research facilities;
 * `social`: universities, hospitals, cultural and sports venues being built; `industrial`:
 * named industrial bases, fabs, display lines and petrochemical complexes; `digital`:
 * data-centre clusters and computing hubs.
 */
export const ProjectKind = z.enum([
  'railway',
  'airport',
  'port',
  'energy',
  'water',
  'road',
  'border-port',
  'science',
  'social',
  'industrial',
  'digital',
]);
export type ProjectKind = z.infer<typeof ProjectKind>;

/** Where a project stands in one task, from the stage words around its name. */
export const ProjectStage = z.enum(['planning', 'approval', 'start', 'construction', 'completion']);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const ProjectMention = z.object({
  task: z.number().int().positive(),
  /** Canonical project name. */
  project: z.string().min(1),
  /** The name as written in this task (shared suffixes restored, stage words removed). */
  surface: z.string().min(1),
  /** Stage words of the clause, as written (开工, 建成, 前期工作 …). */
  stageWords: z.array(z.string()),
  /** The most advanced stage the stage words name; null when none. */
  stage: ProjectStage.nullable(),
  span: SourceSpan,
});
export type ProjectMention = z.infer<typeof ProjectMention>;

export const Project = z.object({
  name: z.string().min(1),
  kind: ProjectKind,
  /** Every name it goes by in the document, the canonical one included, sorted. */
  aliases: z.array(z.string()),
  /** Ordinals of the tasks that mention it, ascending. */
  tasks: z.array(z.number().int().positive()),
  /** Task numbers of those tasks (null where a number could not be established). */
  taskNumbers: z.array(z.number().int().positive().nullable()),
});
export type Project = z.infer<typeof Project>;
