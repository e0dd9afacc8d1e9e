/** English titles of plan sections, from the glossary data file, by the Chinese title the plan writes. */
import { z } from 'zod';
import glossaryData from '../../../ingest/dictionaries/section-glossary-en.json';
import type { Language } from './messages';

const SECTIONS = z.object({ sections: z.record(z.string(), z.string()) }).parse(glossaryData).sections;

/** The title in the reader's language: English when the glossary has it, else as written. */
export function sectionTitle(title: string | null, language: Language): string | null {
  if (title === null || language === 'zh') return title;
  return SECTIONS[title] ?? title;
}
