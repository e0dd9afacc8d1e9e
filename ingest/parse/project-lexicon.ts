/**
 * The project lexicon (ingest/dictionaries/project-lexicon.json) compiled for matching:
 * keyword and class-noun patterns with their kinds, boundary and stage words, and the scan
 * that finds keywords in a phrase. Users extend it with files of the same shape; the file
 * is validated so a typo is reported.
 */
import { z } from 'zod';
import { ProjectKind, ProjectStage } from '../model';
import shippedLexicon from '../dictionaries/project-lexicon.json';

const Words = z.array(z.string().min(1));

export const LexiconFile = z.object({
  $comment: z.string().optional(),
  keywords: z
    .array(
      z.object({
        kind: ProjectKind,
        appendable: z.boolean(),
        selfNaming: z.boolean().optional(),
        institution: z.boolean().optional(),
        genericHead: z.boolean().optional(),
        terms: Words.optional(),
        re: Words.optional(),
      }),
    )
    .optional(),
  classNouns: z.array(z.object({ kind: ProjectKind, terms: Words })).optional(),
  projectNouns: Words.optional(),
  worksWords: Words.optional(),
  constructionWords: Words.optional(),
  boundaryWords: z.object({ verbs: Words, nominal: Words }).partial().optional(),
  stageWords: z.record(z.string(), ProjectStage).optional(),
  rejectEndings: Words.optional(),
  rejectPatterns: Words.optional(),
  rejectNames: Words.optional(),
  categoryMarkers: Words.optional(),
  genericWords: Words.optional(),
  genericPatterns: Words.optional(),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export interface KeywordPattern {
  kind: ProjectKind;
  appendable: boolean;
  /** The match is a whole name by itself (引韩济饶), no proper part needed before it. */
  selfNaming: boolean;
  /** Also names a body that is not being built (a university, a laboratory). */
  institution: boolean;
  /** A head that takes the kind of the keyword before it (广深高铁新通道 is a railway). */
  genericHead: boolean;
  /** Sticky pattern, tried where some keyword may start; literal terms are escaped. */
  pattern: RegExp;
}

export interface KeywordHit {
  start: number;
  end: number;
  kind: ProjectKind;
  appendable: boolean;
  selfNaming: boolean;
  institution: boolean;
  genericHead: boolean;
  term: string;
}

/** The literal keyword terms by their first character, for finding where one may start. */
export interface TermStarts {
  /** 1 at the code of a character some term starts with. */
  firstCodes: Uint8Array;
  byFirst: ReadonlyMap<number, readonly string[]>;
}

export interface ProjectLexicon {
  keywords: readonly KeywordPattern[];
  /** Where a literal term may start (see nextKeywordStart). */
  termStarts: TermStarts;
  /** The keywords written as patterns, lookbehinds dropped, global; null when there are none. */
  patternStart: RegExp | null;
  anyClassNoun: RegExp;
  /** Boundary words as one alternation, longest first, so a scan finds the longest at each place. */
  boundaryPattern: RegExp;
  stagePattern: RegExp;
  classNouns: ReadonlyArray<{ kind: ProjectKind; term: string }>;
  projectNouns: readonly string[];
  /** Works words, longest first (扩容扩建 before 扩建). */
  worksWords: readonly string[];
  constructionWords: ReadonlySet<string>;
  /** Whether each boundary word ends a noun phrase (a verb) or only a name (a noun). */
  boundaryIsVerb: ReadonlyMap<string, boolean>;
  stageWords: ReadonlyMap<string, ProjectStage>;
  rejectEndings: readonly string[];
  /** Matches a quantity or another tail that makes a phrase not a name; null when none. */
  rejectPattern: RegExp | null;
  /** A strategy named like a project (西部陆海新通道) or a category marker (一批, 我省); null when none. */
  notAName: RegExp | null;
  /** Any run of generic modifiers at the start of a phrase; null when none. */
  genericPrefix: RegExp | null;
  /** Measures (500千伏) that say what a thing is, not which one; null when none. */
  genericPattern: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);
const alternation = (words: Iterable<string>) => longestFirst(words).map(escape).join('|');
const optionalPattern = (source: string, flags: string) => (source ? new RegExp(source, flags) : null);

/**
 * The pre-test that says where some keyword may start: a literal term, found by looking up
 * each character in a table of the terms' first characters (one alternation of a hundred
 * terms made the regex engine try them all at every place of every paragraph, a tenth of a
 * parse), or a pattern as written, lookbehinds dropped (the pre-test may pass more than the
 * keywords: each is tried on its own after it).
 */
function termStartsOf(groups: ReadonlyArray<{ terms?: string[] | undefined }>): TermStarts {
  const firstCodes = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  for (const term of groups.flatMap((g) => g.terms ?? [])) {
    const code = term.charCodeAt(0);
    firstCodes[code] = 1;
    byFirst.set(code, [...(byFirst.get(code) ?? []), term]);
  }
  return { firstCodes, byFirst };
}

function patternStartOf(groups: ReadonlyArray<{ re?: string[] | undefined }>): RegExp | null {
  const patterns = groups.flatMap((g) => g.re ?? []).map((re) => `(?:${re.replace(/\(\?<[=!][^)]*\)/g, '')})`);
  return patterns.length > 0 ? new RegExp(patterns.join('|'), 'gu') : null;
}

const isLead = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isTrail = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The first place at or after `from` where some keyword may start, or -1: the nearer of the
 * first literal term and the first pattern match. Like a Unicode regex, a place inside a
 * surrogate pair is never a start, and a search from one begins at the pair.
 */
export function nextKeywordStart(text: string, from: number, lexicon: ProjectLexicon): number {
  let start = from;
  if (start > 0 && start < text.length && isTrail(text.charCodeAt(start)) && isLead(text.charCodeAt(start - 1))) start--;
  let term = -1;
  const { firstCodes, byFirst } = lexicon.termStarts;
  for (let i = start; i < text.length && term < 0; i++) {
    const code = text.charCodeAt(i);
    if (firstCodes[code] === 0) continue;
    if (isTrail(code) && i > 0 && isLead(text.charCodeAt(i - 1))) continue;
    for (const candidate of byFirst.get(code)!) {
      if (text.startsWith(candidate, i)) {
        term = i;
        break;
      }
    }
  }
  const patterns = lexicon.patternStart;
  if (!patterns) return term;
  patterns.lastIndex = start;
  const match = patterns.exec(text);
  return match && (term < 0 || match.index < term) ? match.index : term;
}

/** Whether a keyword may stand anywhere in the text. */
export function mayHoldKeyword(text: string, lexicon: ProjectLexicon): boolean {
  return nextKeywordStart(text, 0, lexicon) >= 0;
}

/** The shipped lexicon, checked once when the parser is loaded rather than at every build. */
const SHIPPED_LEXICON: LexiconFile = LexiconFile.parse(shippedLexicon);

export function buildProjectLexicon(extensions: readonly LexiconFile[] = []): ProjectLexicon {
  const files = [SHIPPED_LEXICON, ...extensions.map((file) => LexiconFile.parse(file))];
  const keywords: KeywordPattern[] = files.flatMap((f) => f.keywords ?? []).flatMap((group) => {
    // One alternation per group, literal terms longest first so the longest wins at a place.
    const source = [...longestFirst(group.terms ?? []).map(escape), ...(group.re ?? [])].join('|');
    if (!source) return [];
    return [{ kind: group.kind, appendable: group.appendable, selfNaming: group.selfNaming ?? false, institution: group.institution ?? false, genericHead: group.genericHead ?? false, pattern: new RegExp(source, 'uy') }];
  });
  const all = (key: 'projectNouns' | 'worksWords' | 'constructionWords' | 'rejectEndings' | 'rejectPatterns' | 'rejectNames' | 'categoryMarkers' | 'genericWords' | 'genericPatterns') =>
    files.flatMap((f) => f[key] ?? []);
  const boundaryIsVerb = new Map<string, boolean>();
  for (const file of files) {
    for (const word of file.boundaryWords?.verbs ?? []) boundaryIsVerb.set(word, true);
    for (const word of file.boundaryWords?.nominal ?? []) if (!boundaryIsVerb.has(word)) boundaryIsVerb.set(word, false);
  }
  const keywordGroups = files.flatMap((f) => f.keywords ?? []);
  const stageWords = new Map<string, ProjectStage>(files.flatMap((f) => Object.entries(f.stageWords ?? {})));
  const rejectPatterns = all('rejectPatterns');
  const genericPatterns = all('genericPatterns');
  return {
    keywords,
    termStarts: termStartsOf(keywordGroups),
    patternStart: patternStartOf(keywordGroups),
    anyClassNoun: new RegExp(alternation(files.flatMap((f) => f.classNouns ?? []).flatMap((group) => group.terms)) || '(?!)', 'u'),
    boundaryPattern: new RegExp(alternation(boundaryIsVerb.keys()), 'gu'),
    stagePattern: new RegExp(alternation(stageWords.keys()), 'gu'),
    classNouns: files.flatMap((f) => f.classNouns ?? []).flatMap((group) => group.terms.map((term) => ({ kind: group.kind, term }))),
    projectNouns: all('projectNouns'),
    worksWords: longestFirst(all('worksWords')),
    constructionWords: new Set(all('constructionWords')),
    boundaryIsVerb,
    stageWords,
    rejectEndings: all('rejectEndings'),
    rejectPattern: optionalPattern(rejectPatterns.join('|'), 'u'),
    notAName: optionalPattern(alternation([...all('rejectNames'), ...all('categoryMarkers')]), 'u'),
    genericPrefix: optionalPattern(all('genericWords').length > 0 ? `^(?:${alternation(all('genericWords'))})+` : '', 'u'),
    genericPattern: optionalPattern(genericPatterns.join('|'), 'gu'),
  };
}

/**
 * Keyword matches in a phrase, the longest at each place, never overlapping. Each keyword is
 * tried only where the pre-test finds that some keyword may start: most of a phrase is names
 * and verbs, and one scan is cheaper than one per keyword. The lexicon's patterns are
 * positioned (lastIndex) before every use, so no call sees another's position.
 */
export function keywordHits(text: string, lexicon: ProjectLexicon): KeywordHit[] {
  const out: KeywordHit[] = [];
  for (let at = nextKeywordStart(text, 0, lexicon); at >= 0; ) {
    let best: KeywordHit | null = null;
    for (const keyword of lexicon.keywords) {
      keyword.pattern.lastIndex = at;
      const hit = keyword.pattern.exec(text);
      if (hit && (!best || hit[0].length > best.end - best.start)) {
        best = { start: at, end: at + hit[0].length, kind: keyword.kind, appendable: keyword.appendable, selfNaming: keyword.selfNaming, institution: keyword.institution, genericHead: keyword.genericHead, term: hit[0] };
      }
    }
    if (best) out.push(best);
    const next = best ? best.end : at + 1;
    at = next > text.length ? -1 : nextKeywordStart(text, next, lexicon);
  }
  return out;
}
