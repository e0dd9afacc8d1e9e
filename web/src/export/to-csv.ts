/**
 * CSV that opens in Excel with the Chinese intact: UTF-8 with a byte-order mark (Excel reads
 * BOM-less CSV as the system code page), CRLF line ends, RFC 4180 quoting.
 */
import type { ExportGraph } from './export-graph';
import type { WorkloadRow } from '../data/ranking-rows';

const BOM = '\ufeff';

function field(value: string | number | null): string {
  if (value === null) return '';
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
