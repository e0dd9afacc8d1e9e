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
import { LineOrigin } from './line-origin';
import { firstBrokenReference } from './plan-references';

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
  /**
   * Where each line of the text read stands in the file (a table row, a page), for files that
   * are not plain text; empty for text, whose line numbers are the file's own.
   */
  lineOrigins: z.array(LineOrigin),
})
  // A plan from outside (a JSON file) is refused at its first reference to nothing, before
  // metrics are computed or anything is written.
  .superRefine((plan, ctx) => {
    const broken = firstBrokenReference(plan);
    if (broken) ctx.addIssue({ code: 'custom', path: broken.path, message: broken.message });
  });
export type ParsedPlan = z.infer<typeof ParsedPlan>;
