/**
 * Named projects in a measures paragraph. A clause is cut into lists: items separated by
 * `、`, a list closed by 等 and its category (等高铁建设), lists joined by 和/以及. An item
 * is a name when it holds a project keyword, or when the list shares one (广湛、广汕汕、梅龙
 * 等高铁 → 广湛高铁 …). Verbs and stage words around a name are cut off and kept as the
 * mention's stage; names of plans, policies, zones and campaigns are rejected.
 */
import type { ProjectKind, ProjectStage } from '../model';
import type { ProjectLexicon } from './project-lexicon';

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

interface KeywordHit extends Span {
  kind: ProjectKind;
  appendable: boolean;
  selfNaming: boolean;
  term: string;
}

const STAGE_ORDER: readonly ProjectStage[] = ['planning', 'approval', 'start', 'construction', 'completion'];

export function extractProjectMentions(text: string, offset: number, lexicon: ProjectLexicon): RawProjectMention[] {
  const masked = maskTitles(text);
  const mentions: RawProjectMention[] = [];
  HIT_MEMO.set(lexicon, new Map());
  for (const clause of clauses(masked)) {
    const clauseText = masked.slice(clause.start, clause.end);
    if (!lexicon.anyKeyword.test(clauseText) && !lexicon.classNouns.some((c) => clauseText.includes(c.term))) continue;
    const found: Array<Omit<RawProjectMention, 'stageWords' | 'stage'>> = [];
    for (const enumeration of enumerations(masked, clause)) found.push(...namesIn(masked, enumeration, lexicon));
    if (found.length === 0) continue;
    const stageWords = stageWordsOf(masked, clause, found, lexicon);
    const stage = stageOf(stageWords, lexicon);
    for (const f of found) mentions.push({ ...f, start: f.start + offset, end: f.end + offset, stageWords, stage });
  }
  return mentions;
}

/** Titles of documents (《…》) never hold projects: blank them out, keeping offsets. */
function maskTitles(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => '□'.repeat(m.length));
}

const CLAUSE_ENDS = new Set(['。', ';', ',', ':', '!', '?']);
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
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && CLAUSE_ENDS.has(ch!))) {
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

function namesIn(text: string, enumeration: Enumeration, lexicon: ProjectLexicon): Array<Omit<RawProjectMention, 'stageWords' | 'stage'>> {
  const category = enumeration.category ? text.slice(enumeration.category.start, enumeration.category.end) : '';
  const classKind = lexicon.classNouns.find((c) => category.includes(c.term))?.kind ?? null;
  const categoryKeyword = firstAppendable(keywordHits(category, lexicon));
  const items = mergeSoftJoins(text, enumeration.items, lexicon);
  // Verbs stand before the first item of a list and stage words after the last; the items
  // between are names only, so a word like 研究 inside them is never cut at.
  const shaped = items.map((item, i) => shapeItem(text, item, lexicon, { cutLeft: i === 0, cutRight: i === items.length - 1 }));
  // An item whose own keyword does not make it a proper name lends no suffix to its list.
  const valid = shaped.map((s) => (s && s.hits.length > 0 && !isProperName(text.slice(s.start, s.end), s.hits, lexicon) ? null : s));

  const out: Array<Omit<RawProjectMention, 'stageWords' | 'stage'>> = [];
  shaped.forEach((s, i) => {
    if (!s) return;
    let name = text.slice(s.start, s.end);
    let hits = s.hits;
    if (hits.length === 0) {
      const section = sectionOfPrevious(text, shaped, i, items);
      const suffix = categoryKeyword?.term ?? (section ? null : sharedSuffixFromFollowing(valid, i));
      if (section) name = section + name;
      else if (suffix) name += suffix;
      else if (!classKind) return;
      hits = keywordHits(name, lexicon);
    }
    if (!isProperName(name, hits, lexicon)) return;
    const kind = classKind ?? kindOf(hits, lexicon) ?? (categoryKeyword ? categoryKeyword.kind : null);
    if (!kind) return;
    out.push({ name, kind, start: s.start, end: s.end });
  });
  return out;
}

interface ShapedItem extends Span {
  hits: KeywordHit[];
}

/** Cuts verbs and stage words off an item; null when what remains names a plan or policy. */
function shapeItem(text: string, item: Span, lexicon: ProjectLexicon, cuts: { cutLeft: boolean; cutRight: boolean }): ShapedItem | null {
  const body = text.slice(item.start, item.end);
  const hits = keywordHits(body, lexicon);
  const allBounds = boundaryHits(body, lexicon);
  const firstHit = hits[0]?.start ?? body.length;
  // A verb before the keyword of an item inside a list (穿越公路铁路) makes it a phrase, not a name.
  if (!cuts.cutLeft && hits.length > 0 && allBounds.some((b) => b.verb && b.end <= firstHit)) return null;
  const bounds = allBounds.filter((b) => (b.end <= firstHit ? cuts.cutLeft : cuts.cutRight));
  const firstKeyword = hits.length > 0 ? hits[0]!.start : body.length;
  const lastKeyword = hits.length > 0 ? hits[hits.length - 1]!.end : 0;
  let left = 0;
  for (const b of bounds) if (b.end <= firstKeyword && b.end > left) left = b.end;
  let right = body.length;
  const after = bounds.find((b) => b.start >= Math.max(left, lastKeyword));
  if (after) right = after.start;
  if (hits.length > 0) {
    const verb = bounds.find((b) => b.verb && b.start >= lastKeyword);
    const tail = body.slice(lastKeyword, verb ? verb.start : body.length);
    if (lexicon.rejectEndings.some((ending) => tail.includes(ending))) return null;
  }
  const trimmed = trimSpan(body, left, right);
  if (!trimmed) return null;
  return {
    start: item.start + trimmed.start,
    end: item.start + trimmed.end,
    hits: hits.filter((h) => h.start >= trimmed.start && h.end <= trimmed.end).map((h) => ({ ...h, start: h.start - trimmed.start, end: h.end - trimmed.start })),
  };
}

function trimSpan(body: string, start: number, end: number): Span | null {
  while (start < end && /[\s□]/.test(body[start]!)) start++;
  while (end > start && /[\s□]/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * 和/及 between items: a section after a line (珠肇高铁珠海至江门段和高明至肇庆东段) or a
 * name with a keyword of its own stays apart; a connecting line of two lines (广湛高铁和
 * 深南高铁…连接线) and words with no keyword after 和 (保护和修复工程) are one item.
 */
function mergeSoftJoins(text: string, items: readonly Item[], lexicon: ProjectLexicon): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.softJoin && prev) {
      const right = text.slice(item.start, item.end);
      const left = text.slice(prev.start, prev.end);
      const rightHits = keywordHits(right, lexicon);
      const leftHits = keywordHits(left, lexicon);
      const connects = /(连接线|联络线)$/.test(right) && leftHits.length > 0;
      const isSection = rightHits.length === 0 && /至.+[段线]$/.test(right) && leftHits.length > 0;
      if (connects || (rightHits.length === 0 && !isSection)) {
        out[out.length - 1] = { ...prev, end: item.end };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

/** For a section item after 和, the line it belongs to: 珠肇高铁 of 珠肇高铁珠海至江门段. */
function sectionOfPrevious(text: string, shaped: ReadonlyArray<ShapedItem | null>, i: number, items: readonly Item[]): string | null {
  const item = items[i];
  const prev = shaped[i - 1];
  if (!item?.softJoin || !prev || prev.hits.length === 0) return null;
  const self = shaped[i]!;
  if (!/至.+[段线]$/.test(text.slice(self.start, self.end))) return null;
  const line = prev.hits[0]!;
  return text.slice(prev.start, prev.start + line.end);
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

/** A project name has a proper part before its keyword: a place or a name, not a modifier. */
function isProperName(name: string, hits: readonly KeywordHit[], lexicon: ProjectLexicon): boolean {
  if (lexicon.rejectNames.some((reject) => name.includes(reject))) return false;
  if (name.startsWith('“') || name.includes('的')) return false;
  if (hits[0]?.selfNaming && hits[0].start === 0) return true;
  let proper = hits.length > 0 ? name.slice(0, hits[0]!.start) : name;
  let changed = true;
  while (changed) {
    changed = false;
    for (const word of lexicon.genericWords) {
      if (proper.startsWith(word)) {
        proper = proper.slice(word.length);
        changed = true;
      }
    }
  }
  const han = proper.match(/\p{Script=Han}/gu) ?? [];
  if (han.length < 2) return false;
  return !/^[一二三四五六七八九十\d]+[线级批个类]?$/.test(proper);
}

function kindOf(hits: readonly KeywordHit[], lexicon: ProjectLexicon): ProjectKind | null {
  for (const kind of lexicon.kindPriority) if (hits.some((h) => h.kind === kind)) return kind;
  return null;
}

function firstAppendable(hits: readonly KeywordHit[]): KeywordHit | null {
  return hits.find((h) => h.appendable) ?? null;
}

/** Keyword matches, longest first at each position, never overlapping. */
export function keywordHits(text: string, lexicon: ProjectLexicon): KeywordHit[] {
  if (!lexicon.anyKeyword.test(text)) return [];
  // Items of one paragraph are looked at several times (joins, shape, validity): remember
  // their hits for the paragraph only, so a benchmark never measures a warm cache.
  let memo = HIT_MEMO.get(lexicon);
  if (!memo) HIT_MEMO.set(lexicon, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  const hits = scanKeywords(text, lexicon);
  memo.set(text, hits);
  return hits;
}

const HIT_MEMO = new WeakMap<ProjectLexicon, Map<string, KeywordHit[]>>();

function scanKeywords(text: string, lexicon: ProjectLexicon): KeywordHit[] {
  const all: KeywordHit[] = [];
  for (const keyword of lexicon.keywords) {
    keyword.pattern.lastIndex = 0;
    for (const m of text.matchAll(keyword.pattern)) {
      all.push({ start: m.index, end: m.index + m[0].length, kind: keyword.kind, appendable: keyword.appendable, selfNaming: keyword.selfNaming, term: m[0] });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: KeywordHit[] = [];
  for (const hit of all) if (!out.some((o) => hit.start < o.end && o.start < hit.end)) out.push(hit);
  return out.sort((a, b) => a.start - b.start);
}

function boundaryHits(text: string, lexicon: ProjectLexicon): Array<Span & { verb: boolean; word: string }> {
  return [...text.matchAll(lexicon.boundaryPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    verb: lexicon.boundaries.find((b) => b.word === m[0])!.verb,
    word: m[0],
  }));
}

/** Stage words of the clause, outside the names found in it. */
function stageWordsOf(
  text: string,
  clause: Span,
  names: ReadonlyArray<Span>,
  lexicon: ProjectLexicon,
): string[] {
  let clauseText = text.slice(clause.start, clause.end);
  for (const n of names) {
    const from = Math.max(n.start, clause.start) - clause.start;
    const to = Math.min(n.end, clause.end) - clause.start;
    if (to > from) clauseText = clauseText.slice(0, from) + '□'.repeat(to - from) + clauseText.slice(to);
  }
  return [...new Set([...clauseText.matchAll(lexicon.stagePattern)].map((m) => m[0]))];
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
