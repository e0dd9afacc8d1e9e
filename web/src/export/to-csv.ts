/**
 * CSV that opens in Excel with the Chinese intact: UTF-8 with a byte-order mark (Excel reads
 * BOM-less CSV as the system code page), CRLF line ends, RFC 4180 quoting, and no cell that
 * a spreadsheet would run as a formula.
 */
import type { ExportGraph } from './export-graph';
import type { WorkloadRow } from '../data/ranking-rows';

const BOM = '\ufeff';

/**
 * Text a spreadsheet would run as a formula: a cell starting with = + - @, or with a tab or
 * carriage return before one. A plan's text is data from outside (`=HYPERLINK(…)` in a
 * division line), so such a cell gets a leading apostrophe and is quoted, as OWASP's CSV
 * injection guidance recommends; Excel and LibreOffice then show it as text. Numbers we
 * write ourselves (a negative weight) stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export function edgeListCsv(graph: ExportGraph): string {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return toCsv(
    ['source', 'target', 'type', 'weight'],
    graph.edges.map((e) => [label.get(e.source)!, label.get(e.target)!, e.type, e.weight]),
  );
}

export function workloadCsv(rows: readonly WorkloadRow[]): string {
  return toCsv(
    ['unit', 'kind', 'ledTasks', 'primaryLeads', 'supportedTasks', 'partners', 'coordinationLoad', 'betweenness'],
    rows.map((r) => [r.unit, r.kind, r.ledTasks, r.primaryLeads, r.supportedTasks, r.partners, r.coordinationLoad, Number(r.betweenness.toFixed(6))]),
  );
}
