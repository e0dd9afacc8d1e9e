/**
 * Where a project keyword may start is found with a table of the terms' first characters
 * instead of one regular expression of every term. It must find exactly the places that
 * expression finds — every term and pattern of the lexicon, an extension's terms, text with
 * characters outside the Basic Multilingual Plane — or mentions would change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import shippedLexicon from '../../ingest/dictionaries/project-lexicon.json';
import { buildProjectLexicon, keywordHits, nextKeywordStart, type LexiconFile, type ProjectLexicon } from '../../ingest/parse/project-lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one regular expression of every term and pattern that the table replaces. */
function reference(files: readonly LexiconFile[]): RegExp {
  const groups = files.flatMap((f) => f.keywords ?? []);
  const terms = groups.flatMap((g) => g.terms ?? []).map(escape);
  const patterns = groups.flatMap((g) => g.re ?? []).map((re) => `(?:${re.replace(/\(\?<[=!][^)]*\)/g, '')})`);
  return new RegExp([...terms, ...patterns].join('|') || '(?!)', 'gu');
}

function referenceStart(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

const shipped = shippedLexicon as LexiconFile;
const extension: LexiconFile = { keywords: [{ kind: 'science', appendable: true, terms: ['𠀀实验站', '一号站'], re: ['𠀁[^、]{0,2}期'] }] };

const cases: Array<[string, LexiconFile[], ProjectLexicon]> = [
  ['the shipped lexicon', [shipped], buildProjectLexicon()],
  ['the shipped lexicon with an extension of rare characters', [shipped, extension], buildProjectLexicon([extension])],
];

/** Text made of keyword pieces, their characters, separators and characters of two code units. */
function textFrom(files: readonly LexiconFile[]): fc.Arbitrary<string> {
  const terms = files.flatMap((f) => f.keywords ?? []).flatMap((g) => g.terms ?? []);
  const characters = [...new Set(terms.join(''))];
  const pieces = fc.oneof(
    fc.constantFrom(...terms),
    fc.constantFrom(...characters),
    fc.constantFrom('、', ',', '。', '港', '期', '二', '三', '线', '道', '12', '电站', '通道', '引', '济', '𠀀', '𠀁', '\ud840', '\udc00', 'a'),
  );
  return fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
}

describe('where a project keyword may start', () => {
  it.each(cases)('is where one expression of every keyword finds it, in %s', (_name, files, lexicon) => {
    const pattern = reference(files);
    fc.assert(
      fc.property(textFrom(files), fc.nat(40), (text, from) => {
        expect(nextKeywordStart(text, from, lexicon)).toBe(referenceStart(pattern, text, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the keywords of a measure as before', () => {
    const lexicon = buildProjectLexicon();
    const hits = keywordHits('加快广湛高铁、深江铁路和广州白云机场三期扩建工程建设', lexicon);
    expect(hits.map((h) => h.term)).toEqual(['高铁', '铁路', '机场']);
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [4, 6],
      [9, 11],
      [16, 18],
    ]);
  });
});
