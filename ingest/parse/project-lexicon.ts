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

export interface ProjectLexicon {
  keywords: readonly KeywordPattern[];
  /** Any keyword at all: most clauses have none, and one test spares the per-keyword scan. */
  anyKeyword: RegExp;
  /** The same, global: finds the places where a keyword may start. */
  keywordStart: RegExp;
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
 * The pre-test that says where some keyword may start. The literal terms form one alternation
 * factored by their leading characters (铁(?:路专用线|路)|高(?:速铁路|铁|…)), which the regex
 * engine rules out at a place by one character where a flat list tries every term; the
 * patterns follow as written, lookbehinds dropped (the pre-test may pass more than the
 * keywords: each is tried on its own after it). Only where a match starts is asked, so the
 * order of the alternatives changes nothing.
 */
function preTestSource(groups: ReadonlyArray<{ terms?: string[] | undefined; re?: string[] | undefined }>): string {
  const terms = groups.flatMap((g) => g.terms ?? []).map((term) => Array.from(term));
  const patterns = groups.flatMap((g) => g.re ?? []).map((re) => `(?:${re.replace(/\(\?<[=!][^)]*\)/g, '')})`);
  return [...(terms.length > 0 ? [`(?:${factored(terms)})`] : []), ...patterns].join('|') || '(?!)';
}

/** Words (as characters) as an alternation that shares each common leading character. */
function factored(words: ReadonlyArray<readonly string[]>): string {
  const byFirst = new Map<string, Array<readonly string[]>>();
  let endsHere = false;
  for (const word of words) {
    if (word.length === 0) endsHere = true;
    else byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const rest = factored(rests);
    return escape(first) + (rest === '' ? '' : `(?:${rest})`);
  });
  if (endsHere && branches.length > 0) branches.push('');
  return branches.join('|');
}

export function buildProjectLexicon(extensions: readonly LexiconFile[] = []): ProjectLexicon {
  const files = [LexiconFile.parse(shippedLexicon), ...extensions.map((file) => LexiconFile.parse(file))];
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
  const anyKeyword = preTestSource(files.flatMap((f) => f.keywords ?? []));
  const stageWords = new Map<string, ProjectStage>(files.flatMap((f) => Object.entries(f.stageWords ?? {})));
  const rejectPatterns = all('rejectPatterns');
  const genericPatterns = all('genericPatterns');
  return {
    keywords,
    anyKeyword: new RegExp(anyKeyword, 'u'),
    keywordStart: new RegExp(anyKeyword, 'gu'),
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
  const starts = lexicon.keywordStart;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    let best: KeywordHit | null = null;
    for (const keyword of lexicon.keywords) {
      keyword.pattern.lastIndex = m.index;
      const hit = keyword.pattern.exec(text);
      if (hit && (!best || hit[0].length > best.end - best.start)) {
        best = { start: m.index, end: m.index + hit[0].length, kind: keyword.kind, appendable: keyword.appendable, selfNaming: keyword.selfNaming, institution: keyword.institution, genericHead: keyword.genericHead, term: hit[0] };
      }
    }
    if (best) out.push(best);
    starts.lastIndex = best ? best.end : m.index + 1;
  }
  return out;
}
