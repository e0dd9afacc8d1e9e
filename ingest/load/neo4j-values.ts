/**
 * JS numbers reach Neo4j as floats; whole numbers (orders, lines, counts) are sent as
 * integers so that Neo4j Browser shows 12, not 12.0, and integer comparisons hold.
 */
import neo4j from 'neo4j-driver';

export function withIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}
