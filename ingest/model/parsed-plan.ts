/**
 * The parsed plan: everything the parser read from one document. It is what `npm run parse`
 * prints, what the loader writes to Neo4j and what the web app opens without a database.
 */
import { z } from 'zod';
import { PlanDocument } from './plan-document';
import { Section } from './section';
import { Task } from './task';
import { Unit } from './unit';
import { Assignment } from './assignment';
import { Project, ProjectMention } from './project';
import { Finding } from './finding';
import { ParagraphEntry } from './paragraph-role';

export const PARSED_PLAN_FORMAT = 'fengong.parsed-plan/1';

export const ParsedPlan = z.object({
  format: z.literal(PARSED_PLAN_FORMAT),
  document: PlanDocument,
  sections: z.array(Section),
  tasks: z.array(Task),
  units: z.array(Unit),
  assignments: z.array(Assignment),
  projects: z.array(Project),
  mentions: z.array(ProjectMention),
  findings: z.array(Finding),
  paragraphs: z.array(ParagraphEntry),
});
export type ParsedPlan = z.infer<typeof ParsedPlan>;
