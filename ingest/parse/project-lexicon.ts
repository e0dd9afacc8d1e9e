/**
 * The project lexicon (ingest/dictionaries/project-lexicon.json) compiled for matching:
 * keyword and class-noun patterns with their kinds, boundary and stage words. Users extend
 * it with files of the same shape; the file is validated so a typo is reported.
 */
import { z } from 'zod';
import { ProjectKind, ProjectStage } from '../model';
import shippedLexicon from '../dictionaries/project-lexicon.json';

export const LexiconFile = z.object({
  $comment: z.string().optional(),
  kindPriority: z.array(ProjectKind).optional(),
  keywords: z
    .array(
      z.object({
        kind: ProjectKind,
        appendable: z.boolean(),
        selfNaming: z.boolean().optional(),
        terms: z.array(z.string().min(1)).optional(),
        re: z.array(z.string().min(1)).optional(),
      }),
    )
    .optional(),
  classNouns: z.array(z.object({ kind: ProjectKind, terms: z.array(z.string().min(1)) })).optional(),
  boundaryWords: z.object({ verbs: z.array(z.string().min(1)), nominal: z.array(z.string().min(1)) }).partial().optional(),
  stageWords: z.record(z.string(), ProjectStage).optional(),
  rejectEndings: z.array(z.string().min(1)).optional(),
  rejectNames: z.array(z.string().min(1)).optional(),
  genericWords: z.array(z.string().min(1)).optional(),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export interface KeywordPattern {
  kind: ProjectKind;
  appendable: boolean;
  /** The match is a whole name by itself (引韩济饶), no proper part needed before it. */
  selfNaming: boolean;
  /** Global, sticky-free pattern; literal terms are escaped. */
  pattern: RegExp;
}

export interface ProjectLexicon {
  kindPriority: readonly ProjectKind[];
  keywords: readonly KeywordPattern[];
  /** Any keyword at all: most clauses have none, and one test spares the per-keyword scan. */
  anyKeyword: RegExp;
  /** Boundary words as one alternation, longest first, so a scan finds the longest at each place. */
  boundaryPattern: RegExp;
  stagePattern: RegExp;
  classNouns: ReadonlyArray<{ kind: ProjectKind; term: string }>;
  /** Boundary words, longest first; `verb` marks those that end a noun phrase. */
  boundaries: ReadonlyArray<{ word: string; verb: boolean }>;
  stageWords: ReadonlyMap<string, ProjectStage>;
  rejectEndings: readonly string[];
  rejectNames: readonly string[];
  genericWords: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildProjectLexicon(extensions: readonly LexiconFile[] = []): ProjectLexicon {
  const files = [LexiconFile.parse(shippedLexicon), ...extensions.map((file) => LexiconFile.parse(file))];
  const keywords: KeywordPattern[] = [];
  const classNouns: Array<{ kind: ProjectKind; term: string }> = [];
  const boundaries = new Map<string, boolean>();
  const stageWords = new Map<string, ProjectStage>();
  const rejectEndings: string[] = [];
  const rejectNames: string[] = [];
  const genericWords: string[] = [];
  let kindPriority: readonly ProjectKind[] = ProjectKind.options;
  for (const file of files) {
    if (file.kindPriority) kindPriority = file.kindPriority;
    for (const group of file.keywords ?? []) {
      // One alternation per group, literal terms longest first so the longest wins at a place.
      const terms = [...(group.terms ?? [])].sort((a, b) => b.length - a.length).map(escape);
      const source = [...terms, ...(group.re ?? [])].join('|');
      if (source) keywords.push({ kind: group.kind, appendable: group.appendable, selfNaming: group.selfNaming ?? false, pattern: new RegExp(source, 'gu') });
    }
    for (const group of file.classNouns ?? []) for (const term of group.terms) classNouns.push({ kind: group.kind, term });
    for (const word of file.boundaryWords?.verbs ?? []) boundaries.set(word, true);
    for (const word of file.boundaryWords?.nominal ?? []) if (!boundaries.has(word)) boundaries.set(word, false);
    for (const [word, stage] of Object.entries(file.stageWords ?? {})) stageWords.set(word, stage);
    rejectEndings.push(...(file.rejectEndings ?? []));
    rejectNames.push(...(file.rejectNames ?? []));
    genericWords.push(...(file.genericWords ?? []));
  }
  const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    kindPriority,
    keywords,
    anyKeyword: new RegExp(keywords.map((k) => `(?:${k.pattern.source})`).join('|'), 'u'),
    boundaryPattern: new RegExp(alternation(boundaries.keys()), 'gu'),
    stagePattern: new RegExp(alternation(stageWords.keys()), 'gu'),
    classNouns,
    boundaries: [...boundaries].map(([word, verb]) => ({ word, verb })).sort((a, b) => b.word.length - a.word.length),
    stageWords,
    rejectEndings,
    rejectNames,
    genericWords: [...genericWords].sort((a, b) => b.length - a.length),
  };
}
