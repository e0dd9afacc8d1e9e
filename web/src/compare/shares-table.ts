/**
 * The ranking of functions by their share of each plan's leads (cypher/lead-shares.cypher),
 * one row per function and one column per plan. The query lets a unit without a known
 * function stand for itself (`unit:<name>`); here those rows are summed into one "unknown"
 * row, so that every plan's column still adds up to 100%. Pure.
 */
import type { LeadShareRow } from './compare-rows';
import { toCsv } from '../export/to-csv';
import shippedFunctions from '../../../ingest/dictionaries/unit-functions.json';

export const UNKNOWN_FUNCTION = 'unknown';

export interface ShareCell {
  /** Tasks the function leads in the plan (for "unknown", summed over its units). */
  leads: number;
  /** Those leads ÷ the plan's lead slots, 0 to 1. */
  share: number;
}
export interface ShareRow {
  function: string;
  cells: Record<string, ShareCell>;
}
export interface SharesSort {
  /** `function`, or a document id: that plan's shares. */
  column: string;
  descending: boolean;
}

const NAMES = new Map(shippedFunctions.functions.map((f) => [f.id, { zh: f.zh, en: f.en }]));

/** The function's name in the app's language; an id no shipped file names is shown as it is. */
export function functionName(id: string, language: 'zh' | 'en', unknown: string): string {
  if (id === UNKNOWN_FUNCTION) return unknown;
  return NAMES.get(id)?.[language] ?? id;
}

export function shareRows(rows: readonly LeadShareRow[], documents: readonly string[]): ShareRow[] {
  const chosen = new Set(documents);
  const byFunction = new Map<string, Record<string, ShareCell>>();
  for (const r of rows) {
    if (!chosen.has(r.document)) continue;
    const fn = r.function.startsWith('unit:') ? UNKNOWN_FUNCTION : r.function;
    const cells = byFunction.get(fn) ?? Object.fromEntries(documents.map((d) => [d, { leads: 0, share: 0 }]));
    const cell = cells[r.document]!;
    cells[r.document] = { leads: cell.leads + r.leads, share: cell.share + r.share };
    byFunction.set(fn, cells);
  }
  return [...byFunction].map(([fn, cells]) => ({ function: fn, cells }));
}

/** Sorted as asked, ties by name; the unknown row always last, as the remainder it is. */
export function sortShareRows(rows: readonly ShareRow[], sort: SharesSort, name: (id: string) => string): ShareRow[] {
  const sign = sort.descending ? -1 : 1;
  const value = (r: ShareRow) => (sort.column === 'function' ? 0 : (r.cells[sort.column]?.share ?? 0));
  return [...rows].sort(
    (a, b) =>
      Number(a.function === UNKNOWN_FUNCTION) - Number(b.function === UNKNOWN_FUNCTION) ||
      (sort.column === 'function' ? name(a.function).localeCompare(name(b.function), 'zh') * sign : (value(a) - value(b)) * sign) ||
      name(a.function).localeCompare(name(b.function), 'zh'),
  );
}

/** `23.1%`: one decimal, as the page shows it. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The table as CSV: function id and name, then each plan's share (0 to 1) and leads. */
export function sharesCsv(rows: readonly ShareRow[], documents: readonly string[], name: (id: string) => string): string {
  const header = ['function', 'name', ...documents.flatMap((d) => [`${d} share`, `${d} leads`])];
  return toCsv(
    header,
    rows.map((r) => [r.function, name(r.function), ...documents.flatMap((d) => [Number((r.cells[d]?.share ?? 0).toFixed(6)), r.cells[d]?.leads ?? 0])]),
  );
}
