/**
 * Named projects in a measures paragraph. A clause is cut into lists: items separated by
 * `、`, a list closed by 等 and its category (等高铁建设), lists joined by 和/以及. An item
 * is a name when it holds a project keyword, when the list shares one (广湛、广汕汕、梅龙
 * 等高铁 → 广湛高铁 …), or when the list says its items are projects (A、B、C等项目) and a
 * sibling is one. Verbs and stage words around a name are cut off and kept as the
 * mention's stage; names of plans, policies, zones, industries and campaigns are rejected.
 */
import type { ProjectKind, ProjectStage } from '../model';
import { keywordHits, mayHoldKeyword, type KeywordHit, type ProjectLexicon } from './project-lexicon';

export interface RawProjectMention {
  /** Name as it reads in this task: shared suffix restored, stage words removed. */
  name: string;
  kind: ProjectKind;
  /** Characters of the document the name was read from. */
  start: number;
  end: number;
  stageWords: string[];
  stage: ProjectStage | null;
}

interface Span {
  start: number;
  end: number;
}

interface Item extends Span {
  /** Joined to the previous item by 和/及 rather than 、. */
  softJoin: boolean;
}

interface Enumeration {
  items: Item[];
  category: Span | null;
}

/** What one call reads with: the masked paragraph, the lexicon, and its keyword hits. */
interface Reader {
  text: string;
  lexicon: ProjectLexicon;
  hits: (phrase: string) => KeywordHit[];
}

type Found = Omit<RawProjectMention, 'stageWords' | 'stage'>;

const STAGE_ORDER: readonly ProjectStage[] = ['planning', 'approval', 'start', 'construction', 'completion'];
const SECTION = /至.+[段线]$/;
const PHASE = /[一二三四五六七八九十\d]期/;
/** An item that is only a code or a phase (t9, 二期) belongs to the name before it. */
const CODE = /^(?:[A-Za-z]*\d+[A-Za-z]*|[一二三四五六七八九十]+期)$/;
const TRAILING_CODE = /(?:[A-Za-z]*\d+[A-Za-z]*|[一二三四五六七八九十]+期)$/;
/** The number of a sub-item (2.新增…, (3)建成…) before its text. */
const SUB_ITEM_NUMBER = /^\s*(?:\d+[.、]|\(\d+\))(?=\p{Script=Han})/u;
/**
 * At least two Chinese characters: a proper part of a name. Module-level, since bundlers
 * rewrite a literal with a Unicode property escape into a RegExp built on every call.
 */
const TWO_HAN = /\p{Script=Han}[^]*?\p{Script=Han}/u;

export function extractProjectMentions(text: string, offset: number, lexicon: ProjectLexicon): RawProjectMention[] {
  // Most measures name no project: one test of the paragraph spares cutting it into clauses.
  if (!mayHoldKeyword(text, lexicon) && !lexicon.anyClassNoun.test(text)) return [];
  const masked = maskTitles(text);
  const reader: Reader = { text: masked, lexicon, hits: hitsRememberedFor(lexicon) };
  const mentions: RawProjectMention[] = [];
  for (const clause of clauses(masked)) {
    const clauseText = masked.slice(clause.start, clause.end);
    if (!mayHoldKeyword(clauseText, lexicon) && !lexicon.anyClassNoun.test(clauseText)) continue;
    const found: Found[] = [];
    for (const enumeration of enumerations(masked, clause)) found.push(...namesIn(reader, enumeration));
    if (found.length === 0) continue;
    const stageWords = stageWordsOf(masked, clause, found, lexicon);
    const stage = stageOf(stageWords, lexicon);
    for (const f of found) mentions.push({ name: f.name, kind: f.kind, start: f.start + offset, end: f.end + offset, stageWords, stage });
  }
  return mentions;
}

/**
 * Items of one paragraph are looked at several times (joins, shape, validity): their hits
 * are remembered for this call only, so no state outlives it.
 */
function hitsRememberedFor(lexicon: ProjectLexicon): (phrase: string) => KeywordHit[] {
  const known = new Map<string, KeywordHit[]>();
  return (phrase) => {
    let hits = known.get(phrase);
    if (!hits) known.set(phrase, (hits = keywordHits(phrase, lexicon)));
    return hits;
  };
}

/** Titles of documents (《…》) never hold projects: blank them out, keeping offsets. */
function maskTitles(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => '□'.repeat(m.length));
}

const CLAUSE_END_CODES = new Set(['。', ';', ',', ':', '!', '?'].map((ch) => ch.charCodeAt(0)));
const OPEN = '('.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const CLAUSE_END_PATTERN = /[。;,:!?]/g;

/** Clauses end at sentence and clause punctuation outside parentheses. */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('(')) {
    // No parentheses: every clause mark ends a clause, and a regex finds them faster.
    let start = 0;
    for (const m of text.matchAll(CLAUSE_END_PATTERN)) {
      if (m.index > start) out.push({ start, end: m.index });
      start = m.index + 1;
    }
    if (text.length > start) out.push({ start, end: text.length });
    return out;
  }
  // Character codes, not one-character strings: this loop runs over every measures paragraph.
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && CLAUSE_END_CODES.has(code))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Lists in a clause: items split at 、 (and softly at 和/及), closed by 等 + category. */
function enumerations(text: string, clause: Span): Enumeration[] {
  const out: Enumeration[] = [];
  let items: Item[] = [];
  let itemStart = clause.start;
  let soft = false;
  let depth = 0;
  const closeItem = (end: number) => {
    if (end > itemStart) items.push({ start: itemStart, end, softJoin: soft });
    soft = false;
  };
  let i = clause.start;
  while (i < clause.end) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) {
      i++;
      continue;
    }
    if (ch === '、') {
      closeItem(i);
      itemStart = i + 1;
      i++;
    } else if (text.startsWith('以及', i)) {
      closeItem(i);
      out.push({ items, category: null });
      items = [];
      itemStart = i + 2;
      i += 2;
    } else if ((ch === '和' || ch === '及') && i > itemStart) {
      closeItem(i);
      soft = true;
      itemStart = i + 1;
      i++;
    } else if (ch === '等') {
      closeItem(i);
      const end = categoryEnd(text, i + 1, clause.end);
      out.push({ items, category: { start: i + 1, end } });
      items = [];
      itemStart = end;
      i = end;
      if (text.startsWith('以及', i)) {
        itemStart = i + 2;
        i += 2;
      } else if (text[i] === '和' || text[i] === '及') {
        itemStart = i + 1;
        i += 1;
      }
    } else i++;
  }
  closeItem(clause.end);
  out.push({ items, category: null });
  return out.filter((e) => e.items.length > 0);
}

/** A category after 等 runs to the next 和/及/以及 or the end of the clause. */
function categoryEnd(text: string, from: number, clauseEnd: number): number {
  for (let i = from; i < clauseEnd; i++) if (text[i] === '和' || text[i] === '及') return i;
  return clauseEnd;
}

interface Candidate extends Span {
  name: string;
  hits: KeywordHit[];
  /** Named a project only by its list (A、B等项目): takes the kind of a sibling, or is dropped. */
  bySibling: boolean;
}

function namesIn(reader: Reader, enumeration: Enumeration): Found[] {
  const { text, lexicon } = reader;
  const category = enumeration.category ? text.slice(enumeration.category.start, enumeration.category.end) : '';
  const categoryBounds = category ? boundaryHits(category, lexicon) : [];
  const nounPhrase = category.slice(0, firstVerb(category, categoryBounds));
  // 等新兴产业集群, 等试点工作: the whole list names industries, zones or campaigns.
  if (lexicon.rejectEndings.some((ending) => nounPhrase.includes(ending))) return [];
  const classKind = lexicon.classNouns.find((c) => category.includes(c.term))?.kind ?? null;
  const categoryKeyword = reader.hits(category).find((h) => h.appendable) ?? null;
  const works = categoryKeyword ? worksAfter(category, categoryBounds, categoryKeyword.end, lexicon) : '';
  const namesProjects = lexicon.projectNouns.some((noun) => nounPhrase.includes(noun));
  const items = mergeSoftJoins(reader, enumeration.items);
  // Verbs stand before the first item of a list and stage words after the last; the items
  // between are names only, so a word like 研究 inside them is never cut at.
  const shaped = items.map((item, i) => shapeItem(reader, item, { cutLeft: i === 0, cutRight: i === items.length - 1 }));
  // An item whose own keyword does not make it a proper name lends no suffix to its list.
  const valid = shaped.map((s) => (s && s.hits.length > 0 && !isProperName(text.slice(s.start, s.end), s.hits, lexicon, false) ? null : s));
  const built = namesProjects || classKind !== null || shaped.some((s) => s?.built);

  const candidates: Candidate[] = [];
  shaped.forEach((s, i) => {
    if (!s) return;
    let name = text.slice(s.start, s.end);
    let hits = s.hits;
    let bySibling = false;
    if (hits.length === 0) {
      const section = sectionOfPrevious(text, shaped, i, items);
      const stem = CODE.test(name) ? stemOfPrevious(text, shaped[i - 1]) : null;
      const suffix = categoryKeyword ? categoryKeyword.term + works : section || stem ? null : sharedSuffixFromFollowing(valid, i);
      if (section) name = section + name;
      else if (stem) name = stem + name;
      else if (suffix) name += suffix;
      else if (!classKind && !namesProjects) return;
      hits = reader.hits(name);
      bySibling = hits.length === 0 && !classKind;
    }
    if (!isProperName(name, hits, lexicon, bySibling)) return;
    // Universities, hospitals and laboratories are projects only where they are being built.
    if (headHit(name, hits)?.institution && !built && !PHASE.test(name)) return;
    candidates.push({ name, hits, bySibling, start: s.start, end: s.end });
  });

  const kinds = candidates.map((c) => (c.bySibling ? null : (classKind ?? headHit(c.name, c.hits)?.kind ?? categoryKeyword?.kind ?? null)));
  const siblingKind = kinds.find((k) => k !== null) ?? null;
  const out: Found[] = [];
  candidates.forEach((c, i) => {
    const kind = c.bySibling ? siblingKind : kinds[i];
    if (kind) out.push({ name: c.name, kind, start: c.start, end: c.end });
  });
  return out;
}

/**
 * The keyword that heads a name and gives its kind: the last one, unless a section follows
 * it (深圳机场至大亚湾城际 + 深圳机场至坪山段 is a railway, not an airport).
 */
function headHit(name: string, hits: readonly KeywordHit[]): KeywordHit | null {
  let head = hits[hits.length - 1] ?? null;
  for (let i = hits.length - 1; i >= 0; i--) {
    if (/^.+至.+段$/.test(name.slice(hits[i]!.end))) {
      head = hits[i]!;
      break;
    }
  }
  // A corridor (通道) is whatever the keyword before it says it is: 广深高铁新通道 is a railway.
  const index = head ? hits.indexOf(head) : -1;
  return head?.genericHead && index > 0 ? hits[index - 1]! : head;
}

/** The works a category names after its keyword (高速公路繁忙路段扩容扩建 → 扩容扩建). */
function worksAfter(category: string, bounds: readonly Bound[], from: number, lexicon: ProjectLexicon): string {
  const rest = category.slice(from, firstVerb(category, bounds, from));
  return lexicon.worksWords.find((w) => rest.includes(w)) ?? '';
}

function firstVerb(phrase: string, bounds: readonly Bound[], from = 0): number {
  return bounds.find((b) => b.verb && b.start >= from)?.start ?? phrase.length;
}

interface ShapedItem extends Span {
  hits: KeywordHit[];
  /** The words next to the name say it is being built (加快建设 X, X 筹建工作). */
  built: boolean;
}

/** Cuts verbs and stage words off an item; null when what remains names a plan or policy. */
function shapeItem(reader: Reader, item: Span, cuts: { cutLeft: boolean; cutRight: boolean }): ShapedItem | null {
  const { lexicon } = reader;
  const body = reader.text.slice(item.start, item.end);
  const hits = reader.hits(body);
  const allBounds = boundaryHits(body, lexicon);
  const firstHit = hits[0]?.start ?? body.length;
  // A verb before the keyword of an item inside a list (穿越公路铁路) makes it a phrase, not a name.
  if (!cuts.cutLeft && hits.length > 0 && allBounds.some((b) => b.verb && b.end <= firstHit)) return null;
  const bounds = allBounds.filter((b) => (b.end <= firstHit ? cuts.cutLeft : cuts.cutRight));
  const lastKeyword = hits.length > 0 ? hits[hits.length - 1]!.end : 0;
  let before: string | null = null;
  let left = 0;
  for (const b of bounds) {
    if (b.end <= firstHit && b.end > left) {
      left = b.end;
      before = b.word;
    }
  }
  const after = bounds.find((b) => b.start >= Math.max(left, lastKeyword));
  let right = after ? after.start : body.length;
  // Inside a list too, a noun like 项目 closing an item is not part of its name (巴斯夫一体化基地项目、…).
  const closing = hits.length > 0 ? allBounds.find((b) => !b.verb && b.start >= lastKeyword && b.end === body.length) : undefined;
  if (closing && closing.start < right) right = closing.start;
  const verb = bounds.find((b) => b.verb && b.start >= Math.max(left, lastKeyword));
  // What follows the keyword up to the verb, or the whole item when it has no keyword.
  const tail = body.slice(hits.length > 0 ? lastKeyword : left, verb ? verb.start : body.length);
  if (lexicon.rejectEndings.some((ending) => tail.includes(ending)) || lexicon.rejectPattern?.test(tail)) return null;
  const trimmed = trimSpan(body, left, right);
  if (!trimmed) return null;
  const builtAfter = after !== undefined && lexicon.constructionWords.has(after.word) && onlyBoundaries(body.slice(after.end), lexicon);
  return {
    start: item.start + trimmed.start,
    end: item.start + trimmed.end,
    hits: hits.filter((h) => h.start >= trimmed.start && h.end <= trimmed.end).map((h) => ({ ...h, start: h.start - trimmed.start, end: h.end - trimmed.start })),
    built: (before !== null && lexicon.constructionWords.has(before)) || builtAfter,
  };
}

/** 建设并投入使用 says the name before it is built; 建设一流学科 says something else is. */
function onlyBoundaries(rest: string, lexicon: ProjectLexicon): boolean {
  return rest.replace(lexicon.boundaryPattern, '').replace(/[\s□]/g, '') === '';
}

/** Trims blanks, masked titles and the number of a sub-item (2.新增…) off a span. */
function trimSpan(body: string, start: number, end: number): Span | null {
  const number = SUB_ITEM_NUMBER.exec(body.slice(start, end));
  if (number) start += number[0].length;
  while (start < end && /[\s□]/.test(body[start]!)) start++;
  while (end > start && /[\s□]/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * 和/及 between items: two names with keywords stay two projects (广湛高铁和深南高铁茂名至
 * 岑溪连接线), a section after a line stays apart (珠肇高铁珠海至江门段和高明至肇庆东段), and
 * words without a keyword after 和 that close a phrase (保护和修复工程, 项目建设及运营方案)
 * continue the phrase before them, unless it already ends as a name (配套工程和黑河水源地保护).
 */
function mergeSoftJoins(reader: Reader, items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.softJoin && prev) {
      const right = reader.text.slice(item.start, item.end);
      const left = reader.text.slice(prev.start, prev.end);
      if (reader.hits(right).length === 0 && !endsAsName(left, reader) && completesPhrase(right, reader.lexicon)) {
        out[out.length - 1] = { ...prev, end: item.end };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

/** Ends with a project noun (修复工程) or names a plan or zone (运营方案): the end of a phrase. */
function completesPhrase(phrase: string, lexicon: ProjectLexicon): boolean {
  return lexicon.projectNouns.some((noun) => phrase.endsWith(noun)) || lexicon.rejectEndings.some((ending) => phrase.includes(ending));
}

/** The phrase ends with its keyword or with a project noun (工程): a whole name. */
function endsAsName(phrase: string, reader: Reader): boolean {
  const last = reader.hits(phrase).at(-1);
  return last !== undefined && (last.end === phrase.length || reader.lexicon.projectNouns.some((noun) => phrase.endsWith(noun)));
}

/** For a section item after 和, the line it belongs to: 珠肇高铁 of 珠肇高铁珠海至江门段. */
function sectionOfPrevious(text: string, shaped: ReadonlyArray<ShapedItem | null>, i: number, items: readonly Item[]): string | null {
  const item = items[i];
  const prev = shaped[i - 1];
  if (!item?.softJoin || !prev || prev.hits.length === 0) return null;
  const self = shaped[i]!;
  if (!SECTION.test(text.slice(self.start, self.end))) return null;
  const line = prev.hits[0]!;
  return text.slice(prev.start, prev.start + line.end);
}

/** 华星光电t7、t9: a bare code takes the name of the item before it, less that item's code. */
function stemOfPrevious(text: string, prev: ShapedItem | null | undefined): string | null {
  if (!prev) return null;
  const name = text.slice(prev.start, prev.end);
  const stem = name.replace(TRAILING_CODE, '');
  return stem.length < name.length && stem.length >= 2 ? stem : null;
}

/** 广珠(澳)、深南、漳汕、广清永高铁: bare items take the keyword the list ends with. */
function sharedSuffixFromFollowing(shaped: ReadonlyArray<ShapedItem | null>, i: number): string | null {
  for (const next of shaped.slice(i + 1)) {
    if (!next) return null;
    if (next.hits.length === 0) continue;
    const last = next.hits[next.hits.length - 1]!;
    const length = next.end - next.start;
    return last.appendable && last.end === length ? last.term : null;
  }
  return null;
}

/**
 * A project name has a proper part before its keyword: a place or a name, not a modifier,
 * a quantity (一批) or a possessive (我省). A list that calls its items projects may name
 * one by a quoted nickname alone (“三馆合一”).
 */
function isProperName(name: string, hits: readonly KeywordHit[], lexicon: ProjectLexicon, quotedNickname: boolean): boolean {
  if (lexicon.notAName?.test(name)) return false;
  if (name.startsWith('“')) return quotedNickname && /^“[^“”]+”$/.test(name);
  if (name.includes('的')) return false;
  if (hits[0]?.selfNaming && hits[0].start === 0) return true;
  let proper = hits.length > 0 ? name.slice(0, hits[0]!.start) : name;
  if (lexicon.genericPrefix) proper = proper.replace(lexicon.genericPrefix, '');
  // After the modifiers, so that 220千伏智慧城 keeps 智慧城 while 330千伏 alone is no name.
  if (lexicon.genericPattern) proper = proper.replace(lexicon.genericPattern, '');
  if (!TWO_HAN.test(proper)) return false;
  return !/^[一二三四五六七八九十\d]+[线级批个类]?$/.test(proper);
}

interface Bound extends Span {
  verb: boolean;
  word: string;
}

function boundaryHits(text: string, lexicon: ProjectLexicon): Bound[] {
  return allMatches(lexicon.boundaryPattern, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    verb: lexicon.boundaryIsVerb.get(m[0]) ?? false,
    word: m[0],
  }));
}

/**
 * What `[...text.matchAll(pattern)]` gives, without the copy of the pattern matchAll makes on
 * every call (these alternations of a lexicon's words are long). The shared global pattern
 * is positioned at 0 first and is back at 0 when the last exec finds nothing.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

/** Stage words of the clause, outside the names found in it. */
function stageWordsOf(text: string, clause: Span, names: ReadonlyArray<Span>, lexicon: ProjectLexicon): string[] {
  let clauseText = text.slice(clause.start, clause.end);
  for (const n of names) {
    const from = Math.max(n.start, clause.start) - clause.start;
    const to = Math.min(n.end, clause.end) - clause.start;
    if (to > from) clauseText = clauseText.slice(0, from) + '□'.repeat(to - from) + clauseText.slice(to);
  }
  return [...new Set(allMatches(lexicon.stagePattern, clauseText).map((m) => m[0]))];
}

/**
 * The stage a clause gives its projects: the most advanced specific stage (前期工作, 核准,
 * 开工, 建成); the generic construction words (推进, 建设) only when nothing else is said.
 */
function stageOf(words: readonly string[], lexicon: ProjectLexicon): ProjectStage | null {
  const stages = words.map((w) => lexicon.stageWords.get(w)!).filter(Boolean);
  const specific = stages.filter((s) => s !== 'construction');
  const pool = specific.length > 0 ? specific : stages;
  let best: ProjectStage | null = null;
  for (const s of pool) if (best === null || STAGE_ORDER.indexOf(s) > STAGE_ORDER.indexOf(best)) best = s;
  return best;
}
