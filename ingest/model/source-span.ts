/**
 * Where a fact comes from: the paragraph and line of the plan and the exact characters.
 * Offsets count UTF-16 code units of the decoded text (BOM removed, line ends untouched),
 * which for the BMP characters of these plans is one per character.
 */
import { z } from 'zod';

export const SourceSpan = z.object({
  /** 1-based line number in the source file. */
  line: z.number().int().positive(),
  /** 1-based index of the paragraph (non-empty line) in the document. */
  paragraph: z.number().int().positive(),
  /** Offset of the first character, inclusive. */
  start: z.number().int().nonnegative(),
  /** Offset after the last character, exclusive. */
  end: z.number().int().nonnegative(),
});
export type SourceSpan = z.infer<typeof SourceSpan>;
