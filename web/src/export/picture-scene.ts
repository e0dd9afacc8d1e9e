/**
 * The picture of a view as plain shapes in a 1600×900 frame (16:9, a slide): title and
 * subtitle on top, the network on the left, the legend in a column on the right, the source
 * at the bottom. SVG, PNG and PPTX all draw this one scene, so they are laid out the same way.
 */
import type { ExportGraph, ExportNode } from './export-graph';
import { edgeWidth, nodeDiameter } from '../graph/stylesheet';
import { LEAD_EDGE_COLOUR, PROJECT_KIND_COLOURS, SUPPORT_EDGE_COLOUR, TASK_COLOUR, UNIT_KIND_COLOURS } from '../graph/palette';
import { MESSAGES, type Language, type Messages } from '../i18n/messages';
import { unitLine } from '../i18n/unit-english';

export type Group = 'title' | 'edges' | 'nodes' | 'labels' | 'legend';

export type Shape =
  | { type: 'line'; group: Group; x1: number; y1: number; x2: number; y2: number; colour: string; width: number; dashed: boolean; opacity: number; arrow: boolean }
  | { type: 'ellipse' | 'rect' | 'diamond'; group: Group; name: string; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number; dashed?: boolean }
  | { type: 'text'; group: Group; text: string; x: number; baseline: number; size: number; width: number; colour: string; halo: boolean };

export interface Scene {
  width: number;
  height: number;
  title: string;
  shapes: Shape[];
}

export const PICTURE = Object.freeze({ width: 1600, height: 900 });

const MARGIN = 40;
const TOP = 118;
const LEGEND_WIDTH = 300;
const BOTTOM = 56;
const LABEL_SIZE = 13;
const SHARED_COLOUR = '#C0392B';
const CO_OWNS_COLOUR = '#9AA7B4';
const MENTION_COLOUR = '#8C8C8C';
const INK = '#1D1D1F';
const MUTED = '#6B7280';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `measure(text, size)`: the width the font gives the text, so labels are placed where they fit. */
export function pictureScene(graph: ExportGraph, language: Language, measure: (text: string, size: number) => number): Scene {
  const t = MESSAGES[language];
  const shapes: Shape[] = [];
  const text = (group: Group, value: string, x: number, baseline: number, size: number, colour = INK, halo = false) =>
    shapes.push({ type: 'text', group, text: value, x, baseline, size, width: measure(value, size), colour, halo });

  text('title', graph.title, MARGIN, 52, 28);
  text('title', subtitle(graph, t), MARGIN, 86, 16, MUTED);

  // The network is zoomed to fit its area, as the app fits its canvas: positions and node
  // sizes scale together, so the picture looks like the screen; labels keep a legible size.
  const placed = graph.nodes.filter((n) => n.x !== null && n.y !== null);
  const maxNode = Math.max(0, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(0, ...graph.edges.filter((e) => e.type === 'co-owns').map((e) => e.weight));
  const size = (n: ExportNode) => (n.group === 'task' ? 16 : nodeDiameter(n.weight, maxNode)) / 2;
  const area = { x: MARGIN, y: TOP, w: PICTURE.width - 2 * MARGIN - LEGEND_WIDTH, h: PICTURE.height - TOP - BOTTOM - LABEL_SIZE - 8 };
  const x1 = Math.min(...placed.map((n) => n.x! - size(n)));
  const x2 = Math.max(...placed.map((n) => n.x! + size(n)));
  const y1 = Math.min(...placed.map((n) => n.y! - size(n)));
  const y2 = Math.max(...placed.map((n) => n.y! + size(n)));
  const zoom = placed.length === 0 ? 1 : Math.min(area.w / Math.max(1, x2 - x1), area.h / Math.max(1, y2 - y1), 1.6);
  const px = (x: number) => area.x + area.w / 2 + (x - (x1 + x2) / 2) * zoom;
  const py = (y: number) => area.y + area.h / 2 + (y - (y1 + y2) / 2) * zoom;
  const radius = (n: ExportNode) => Math.max(3, size(n) * zoom);
  const byId = new Map(placed.map((n) => [n.id, n]));

  for (const e of graph.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const line = { type: 'line' as const, group: 'edges' as const, x1: px(a.x!), y1: py(a.y!), x2: px(b.x!), y2: py(b.y!), arrow: false, dashed: false };
    if (e.type === 'leads') shapes.push({ ...line, ...shortened(line, radius(b)), colour: LEAD_EDGE_COLOUR, width: 2, opacity: 0.85, arrow: true });
    else if (e.type === 'supports') shapes.push({ ...line, colour: SUPPORT_EDGE_COLOUR, width: 1.2, opacity: 1, dashed: true });
    else if (e.type === 'co-owns') shapes.push({ ...line, colour: CO_OWNS_COLOUR, width: edgeWidth(e.weight, maxEdge) * zoom, opacity: 0.55 });
    else shapes.push({ ...line, colour: MENTION_COLOUR, width: e.weight > 1 ? 3 : 1.2, opacity: 0.8 });
  }
  for (const n of placed) {
    const shared = n.group === 'project' && n.shared;
    shapes.push({
      type: n.group === 'unit' ? 'ellipse' : n.group === 'project' ? 'rect' : 'diamond',
      group: 'nodes',
      name: n.label,
      cx: px(n.x!),
      cy: py(n.y!),
      r: radius(n),
      fill: colourOf(n),
      stroke: shared ? SHARED_COLOUR : '#FFFFFF',
      strokeWidth: shared ? 3 : 1,
    });
  }
  // English readers get the units' English names, with the Chinese beside them.
  const named = language === 'en' ? placed.map((n) => (n.group === 'unit' ? { ...n, label: unitLine(n.label, graph.level) } : n)) : placed;
  placeLabels(named, px, py, radius, measure, (label, box) => text('labels', label, box.x, box.y + LABEL_SIZE - 1, LABEL_SIZE, INK, true));
  legend(graph, t, shapes, measure);
  text('legend', t.sourceLine(graph.source), MARGIN, PICTURE.height - 22, 13, MUTED);
  return { ...PICTURE, title: graph.title, shapes };
}

function subtitle(graph: ExportGraph, t: Messages): string {
  const view = graph.view === 'collaboration' ? t.viewCollaboration : graph.view === 'assignments' ? t.viewAssignments : t.viewProjects;
  const f = graph.filters;
  return [
    view,
    graph.view === 'collaboration' ? t.threshold(f.minShared) : null,
    f.roles === 'lead' ? t.rolesLead : null,
    f.sections.length > 0 ? `${t.sections} ${f.sections.join(', ')}` : null,
    f.kinds.length > 0 ? f.kinds.map((k) => t.kinds[k]).join(', ') : null,
    t.stats(graph.nodes.length, graph.edges.length),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Largest nodes first, a label goes below, above, right or left of its node where it covers
 * no node and no label; failing that where it covers no label. A label that fits nowhere is
 * left out rather than drawn over another: the node keeps its colour and its name (a <title>
 * in SVG, the shape's name in PPTX).
 */
function placeLabels(
  nodes: ExportNode[],
  px: (x: number) => number,
  py: (y: number) => number,
  radius: (n: ExportNode) => number,
  measure: (text: string, size: number) => number,
  place: (label: string, box: Box) => void,
): void {
  const taken: Box[] = nodes.map((n) => ({ x: px(n.x!) - radius(n), y: py(n.y!) - radius(n), w: 2 * radius(n), h: 2 * radius(n) }));
  const labels: Box[] = [];
  for (const n of [...nodes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))) {
    const w = measure(n.label, LABEL_SIZE);
    const r = radius(n);
    const [cx, cy, h] = [px(n.x!), py(n.y!), LABEL_SIZE + 2];
    const spots: Box[] = [
      { x: cx - w / 2, y: cy + r + 2, w, h },
      { x: cx - w / 2, y: cy - r - h - 2, w, h },
      { x: cx + r + 3, y: cy - h / 2, w, h },
      { x: cx - r - 3 - w, y: cy - h / 2, w, h },
    ].filter((s) => s.x >= 0 && s.x + s.w <= PICTURE.width - LEGEND_WIDTH && s.y >= TOP - 20 && s.y + s.h <= PICTURE.height - BOTTOM);
    const spot = spots.find((s) => !taken.some((o) => overlaps(s, o))) ?? spots.find((s) => !labels.some((o) => overlaps(s, o)));
    if (!spot) continue;
    taken.push(spot);
    labels.push(spot);
    place(n.label, spot);
  }
}

function legend(graph: ExportGraph, t: Messages, shapes: Shape[], measure: (text: string, size: number) => number): void {
  const x = PICTURE.width - MARGIN - LEGEND_WIDTH + 24;
  let y = TOP + 4;
  const line = (value: string, size = 14, colour = INK, indent = 26) => {
    shapes.push({ type: 'text', group: 'legend', text: value, x: x + indent, baseline: y + 5, size, width: measure(value, size), colour, halo: false });
    y += 26;
  };
  const swatch = (type: 'ellipse' | 'rect' | 'diamond', fill: string, name: string, stroke = '#FFFFFF', strokeWidth = 1) =>
    shapes.push({ type, group: 'legend', name, cx: x + 9, cy: y, r: 8, fill, stroke, strokeWidth });
  const sample = (colour: string, width: number, dashed: boolean, arrow = false) =>
    shapes.push({ type: 'line', group: 'legend', x1: x, y1: y, x2: x + 20, y2: y, colour, width, dashed, opacity: 1, arrow });

  line(t.legend, 16, INK, 0);
  const shown = new Set(graph.nodes.map((n) => `${n.group}:${n.kind}`));
  // Palette order, not the order nodes come in, so every export lists kinds alike.
  for (const [kind, colour] of Object.entries(UNIT_KIND_COLOURS)) {
    if (!shown.has(`unit:${kind}`)) continue;
    swatch('ellipse', colour, t.kinds[kind as keyof Messages['kinds']]);
    line(t.kinds[kind as keyof Messages['kinds']]);
  }
  for (const [kind, colour] of Object.entries(PROJECT_KIND_COLOURS)) {
    if (!shown.has(`project:${kind}`)) continue;
    swatch('rect', colour, t.projectKinds[kind as keyof Messages['projectKinds']]);
    line(t.projectKinds[kind as keyof Messages['projectKinds']]);
  }
  if (graph.nodes.some((n) => n.group === 'task')) {
    swatch('diamond', TASK_COLOUR, t.task);
    line(t.task);
  }
  y += 8;
  if (graph.view === 'collaboration') {
    line(t.nodeSize, 14, INK, 0);
    sample(CO_OWNS_COLOUR, 1, false);
    shapes.push({ type: 'line', group: 'legend', x1: x + 30, y1: y, x2: x + 50, y2: y, colour: CO_OWNS_COLOUR, width: 7, dashed: false, opacity: 1, arrow: false });
    line(t.edgeWidth, 14, INK, 60);
  } else if (graph.view === 'assignments') {
    line(t.nodeSizeAssignments, 14, INK, 0);
    sample(LEAD_EDGE_COLOUR, 2, false, true);
    line(t.leadEdge);
    sample(SUPPORT_EDGE_COLOUR, 1.2, true);
    line(t.supportEdge);
  } else {
    line(t.nodeSizeProjects, 14, INK, 0);
    sample(MENTION_COLOUR, 1.2, false);
    line(t.mentionEdge);
    swatch('rect', '#FFFFFF', t.sharedProject, SHARED_COLOUR, 3);
    line(t.sharedProject);
  }
}

/** A lead edge ends at the rim of its task, so its arrowhead shows. */
function shortened(line: { x1: number; y1: number; x2: number; y2: number }, by: number): { x2: number; y2: number } {
  const length = Math.hypot(line.x2 - line.x1, line.y2 - line.y1);
  if (length <= by) return { x2: line.x2, y2: line.y2 };
  const k = (length - by) / length;
  return { x2: line.x1 + (line.x2 - line.x1) * k, y2: line.y1 + (line.y2 - line.y1) * k };
}

function colourOf(n: ExportNode): string {
  if (n.group === 'task') return n.shared ? SHARED_COLOUR : TASK_COLOUR;
  return (n.group === 'unit' ? (UNIT_KIND_COLOURS as Record<string, string>) : (PROJECT_KIND_COLOURS as Record<string, string>))[n.kind] ?? TASK_COLOUR;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
