/**
 * The parameters of the compare queries as the HTTP layer receives them — every value a string
 * from a query string — validated before anything reaches Neo4j: defaults, "any" for an empty
 * filter, numbers read from text, and refusals of anything else.
 */
import { describe, expect, it } from 'vitest';
import { NAMED_QUERIES } from '../../cypher/named-queries';
import { readCypherFile, parametersOf } from '../../cypher/cypher-file';

describe('compare query parameters', () => {
  it('list the corpus with no filter, or by region, level and year given as text', () => {
    expect(NAMED_QUERIES.corpus.parse({})).toEqual({ region: null, level: null, year: null });
    expect(NAMED_QUERIES.corpus.parse({ region: '浙江', level: 'province', year: '2022' })).toEqual({ region: '浙江', level: 'province', year: 2022 });
    expect(NAMED_QUERIES.corpus.parse({ region: '', level: '', year: '' })).toEqual({ region: null, level: null, year: null });
  });

  it('compare by identity unless told to compare by function', () => {
    expect(NAMED_QUERIES['compare-plans'].parse({ documentA: 'a', documentB: 'b' })).toEqual({ documentA: 'a', documentB: 'b', by: 'identity', limit: 1000 });
    expect(NAMED_QUERIES['compare-pairs'].parse({ documentA: 'a', documentB: 'b', by: 'function', limit: '20' })).toMatchObject({ by: 'function', limit: 20 });
  });

  it.each([
    ['compare-plans', { documentA: 'a', documentB: 'b', by: 'name' }],
    ['compare-plans', { documentA: 'a' }],
    ['compare-pairs', { documentA: 'a', documentB: 'b', limit: '0' }],
    ['corpus', { year: '22' }],
    ['corpus', { level: 'county' }],
    ['trend', { region: '浙江', level: 'province', key: '' }],
    ['trend', { level: 'province', key: 'development-and-reform' }],
    ['lead-shares', { level: 'planet' }],
  ] as const)('refuse %s with %j', (name, params) => {
    expect(NAMED_QUERIES[name].safeParse(params).success).toBe(false);
  });

  it.each(['corpus', 'compare-plans', 'compare-pairs', 'trend', 'lead-shares'] as const)('%s: the statement uses exactly the validated parameters', (name) => {
    const file = readCypherFile(name);
    expect(file.statements).toHaveLength(1);
    expect(file.header).toMatch(/^Returns /m);
    const validated = Object.keys(NAMED_QUERIES[name].shape).sort();
    expect(parametersOf(file.statements[0]!).sort()).toEqual(validated);
  });
});
