/**
 * The current view as an SVG for slides and papers: nodes, edges, labels that do not
 * overlap, a title, a legend of colours, sizes and edge styles, and the source document.
 * Labels are outlines when an outliner is given (legible in any viewer, fonts or not); each
 * label also stands as a <title> so the names stay searchable text.
 */
import type { ExportGraph, ExportNode } from './export-graph';
import { xmlText } from './xml-text';
import type { TextOutliner } from './text-outliner';
import { edgeWidth, nodeDiameter } from '../graph/stylesheet';
import { LEAD_EDGE_COLOUR, PROJECT_KIND_COLOURS, SUPPORT_EDGE_COLOUR, TASK_COLOUR, UNIT_KIND_COLOURS } from '../graph/palette';
import { MESSAGES, type Language } from '../i18n/messages';


interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const WIDTH = 1600;
const MARGIN = 60;
const HEADER = 90;
const FOOTER = 110;
const LABEL_SIZE = 13;
const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export function toSvg(graph: ExportGraph, options: { language?: Language; outliner?: TextOutliner } = {}): string {
  const t = MESSAGES[options.language ?? 'zh'];
  const measure = (text: string, size: number) => options.outliner?.width(text, size) ?? size * [...text].length;
  const placed = graph.nodes.filter((n) => n.x !== null && n.y !== null);
  const xs = placed.map((n) => n.x!);
  const ys = placed.map((n) => n.y!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 1), Math.min(...ys, 0), Math.max(...ys, 1)];
  const scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1, maxX - minX), 1.6);
  const height = Math.round(HEADER + FOOTER + 2 * MARGIN + (maxY - minY) * scale);
  const px = (x: number) => MARGIN + (x - minX) * scale;
  const py = (y: number) => HEADER + MARGIN + (y - minY) * scale;
  const maxNode = Math.max(0, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(0, ...graph.edges.filter((e) => e.type === 'co-owns').map((e) => e.weight));
  const byId = new Map(placed.map((n) => [n.id, n]));
  const radius = (n: ExportNode) => (n.group === 'task' ? 7 : nodeDiameter(n.weight, maxNode) / 2);

  const text = (value: string, x: number, baseline: number, size: number, extra = '') =>
    options.outliner
      ? `<path d="${options.outliner.outline(value, x, baseline, size)}" ${extra}><title>${xmlText(value)}</title></path>`
      : `<text x="${x.toFixed(1)}" y="${baseline.toFixed(1)}" font-size="${size}" font-family='${FONT}' ${extra}>${xmlText(value)}</text>`;

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<title>${xmlText(graph.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g id="title" fill="#1d1d1f">${text(graph.title, MARGIN, 44, 24)}${text(viewName(graph, t), MARGIN, 72, 14, 'fill="#6b7280"')}</g>`,
  ];

  out.push('<g id="edges" stroke-linecap="round">');
  for (const e of graph.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const style =
      e.type === 'leads'
        ? `stroke="${LEAD_EDGE_COLOUR}" stroke-width="2" stroke-opacity="0.85"`
        : e.type === 'supports'
          ? `stroke="${SUPPORT_EDGE_COLOUR}" stroke-width="1.2" stroke-dasharray="5 4"`
          : e.type === 'co-owns'
            ? `stroke="#9aa7b4" stroke-opacity="0.45" stroke-width="${edgeWidth(e.weight, maxEdge).toFixed(2)}"`
            : `stroke="#8c8c8c" stroke-width="${e.weight > 1 ? 3 : 1.2}"`;
    out.push(`<line x1="${px(a.x!).toFixed(1)}" y1="${py(a.y!).toFixed(1)}" x2="${px(b.x!).toFixed(1)}" y2="${py(b.y!).toFixed(1)}" ${style}/>`);
  }
  out.push('</g>', '<g id="nodes" stroke="#ffffff" stroke-width="1">');
  for (const n of placed) {
    const r = radius(n);
    const fill = colourOf(n);
    out.push(
      n.group === 'unit'
        ? `<circle cx="${px(n.x!).toFixed(1)}" cy="${py(n.y!).toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}"/>`
        : `<rect x="${(px(n.x!) - r).toFixed(1)}" y="${(py(n.y!) - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="3" fill="${fill}"/>`,
    );
  }
  out.push('</g>', '<g id="labels" fill="#1d1d1f">');
  const taken: Box[] = placed.map((n) => ({ x: px(n.x!) - radius(n), y: py(n.y!) - radius(n), w: 2 * radius(n), h: 2 * radius(n) }));
  const labels: Box[] = [];
  for (const n of [...placed].sort((a, b) => b.weight - a.weight)) {
    const w = measure(n.label, LABEL_SIZE);
    const r = radius(n);
    const cx = px(n.x!);
    const cy = py(n.y!);
    const spots: Box[] = [
      { x: cx - w / 2, y: cy + r + 2, w, h: LABEL_SIZE + 2 },
      { x: cx - w / 2, y: cy - r - LABEL_SIZE - 4, w, h: LABEL_SIZE + 2 },
      { x: cx + r + 3, y: cy - LABEL_SIZE / 2 - 1, w, h: LABEL_SIZE + 2 },
      { x: cx - r - 3 - w, y: cy - LABEL_SIZE / 2 - 1, w, h: LABEL_SIZE + 2 },
    ];
    // A label goes where it overlaps no node and no other label; failing that, over nodes
    // but never over another label (with a white halo); failing that, it is left out
    // rather than drawn over another label (the node keeps its colour and its <title>).
    const spot = spots.find((s) => !taken.some((o) => overlaps(s, o))) ?? spots.find((s) => !labels.some((o) => overlaps(s, o)));
    if (!spot) continue;
    taken.push(spot);
    labels.push(spot);
    out.push(text(n.label, spot.x, spot.y + LABEL_SIZE - 1, LABEL_SIZE, 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" data-label="1"'));
  }
  out.push('</g>');
  out.push(legend(graph, t, height, text));
  out.push('</svg>', '');
  return out.join('\n');
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function colourOf(n: ExportNode): string {
  if (n.group === 'task') return TASK_COLOUR;
  return (n.group === 'unit' ? (UNIT_KIND_COLOURS as Record<string, string>) : (PROJECT_KIND_COLOURS as Record<string, string>))[n.kind] ?? TASK_COLOUR;
}

function viewName(graph: ExportGraph, t: (typeof MESSAGES)['zh']): string {
  const view = graph.view === 'collaboration' ? t.viewCollaboration : graph.view === 'assignments' ? t.viewAssignments : t.viewProjects;
  return `${view} · ${t.stats(graph.nodes.length, graph.edges.length)}`;
}

function legend(graph: ExportGraph, t: (typeof MESSAGES)['zh'], height: number, text: (value: string, x: number, baseline: number, size: number, extra?: string) => string): string {
  const y = height - FOOTER + 30;
  const items: string[] = [];
  let x = MARGIN;
  const kinds = [...new Set(graph.nodes.filter((n) => n.group !== 'task').map((n) => `${n.group}:${n.kind}`))];
  for (const key of kinds) {
    const [group, kind] = key.split(':') as ['unit' | 'project', string];
    const label = group === 'unit' ? t.kinds[kind as keyof typeof t.kinds] : t.projectKinds[kind as keyof typeof t.projectKinds];
    const colour = group === 'unit' ? UNIT_KIND_COLOURS[kind as keyof typeof UNIT_KIND_COLOURS] : PROJECT_KIND_COLOURS[kind as keyof typeof PROJECT_KIND_COLOURS];
    items.push(group === 'unit' ? `<circle cx="${x + 6}" cy="${y - 5}" r="6" fill="${colour}"/>` : `<rect x="${x}" y="${y - 11}" width="12" height="12" rx="2" fill="${colour}"/>`);
    items.push(text(label, x + 18, y, 13));
    x += 34 + 13 * [...label].length;
  }
  const notes =
    graph.view === 'collaboration'
      ? [t.nodeSize, t.edgeWidth]
      : graph.view === 'assignments'
        ? [`── ${t.leadEdge}`, `- - ${t.supportEdge}`]
        : [t.sharedProject];
  return [
    `<g id="legend" fill="#1d1d1f">`,
    ...items,
    text(notes.join(' · '), MARGIN, y + 28, 13, 'fill="#6b7280"'),
    text(`${graph.source} · Fengong 分工`, MARGIN, y + 56, 12, 'fill="#6b7280"'),
    '</g>',
  ].join('\n');
}
