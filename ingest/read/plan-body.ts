/**
 * A plan file as its reader hands it to the parser: paragraphs and tables in document order,
 * each with where it stands in the file (page, table number), whatever the format (text,
 * web page, Word, spreadsheet, PDF). Tables come with merged cells already spread: a value
 * that spans rows or columns stands in every cell it covers, so a row that spans the whole
 * table (a section heading) has the same text in every column.
 */
import { z } from 'zod';
import { SourceFormat } from '../model';

/** The formats a plan body is read from: the model's source formats. */
export const PlanFormat = SourceFormat;
export type PlanFormat = SourceFormat;

export const BodyParagraph = z.object({
  kind: z.literal('paragraph'),
  /** The paragraph's text; a line break inside it becomes a new paragraph of the plan. */
  text: z.string(),
  /** 1-based page of a PDF; null for formats without pages. */
  page: z.number().int().positive().nullable(),
});
export type BodyParagraph = z.infer<typeof BodyParagraph>;

export const BodyTable = z.object({
  kind: z.literal('table'),
  /** Rows of cell texts, every row as wide as the widest; line breaks inside cells kept as \n. */
  rows: z.array(z.array(z.string())),
  /** Page where the table starts (PDF), else null. */
  page: z.number().int().positive().nullable(),
  /** Sheet name of a spreadsheet, else null. */
  sheet: z.string().nullable(),
});
export type BodyTable = z.infer<typeof BodyTable>;

export const BodyBlock = z.discriminatedUnion('kind', [BodyParagraph, BodyTable]);
export type BodyBlock = z.infer<typeof BodyBlock>;

export const PlanBody = z.object({
  format: PlanFormat,
  blocks: z.array(BodyBlock),
  /** The text encoding the reader decoded (web pages, CSV), when there was one to choose. */
  encoding: z.string().nullable().optional(),
});
export type PlanBody = z.infer<typeof PlanBody>;
