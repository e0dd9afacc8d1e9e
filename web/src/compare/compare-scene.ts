/**
 * The comparison as a picture scene (export/picture-scene.ts's shapes), so the app's SVG, PNG
 * and PPTX writers draw it: both plans side by side in one 16:9 frame, or one plan per slide.
 * Every panel maps the union layout through one transform, so a unit stands at the same
 * place in each; colours and rings say what changed, as on screen. Pure.
 */
import type { Scene, Shape } from '../export/picture-scene';
import { PICTURE } from '../export/picture-scene';
import type { Positions } from '../graph/layout-network';
import { edgeWidth, nodeDiameter } from '../graph/stylesheet';
import type { Comparison } from './compare-rows';
import { keyNodeId } from './union-network';
import { CHANGE_COLOURS } from './change-palette';
import { compareLegend, INK, MUTED } from './compare-legend';
import { placeCompareLabels } from './compare-labels';
import type { CompareMessages } from './compare-messages';

export type Measure = (text: string, size: number) => number;

/** What the picture says about each plan and the comparison as a whole. */
export interface CompareSceneInput {
  comparison: Comparison;
  positions: Positions;
  /** Heading (`A · 浙江 · 2022 · 省`) and full title of each plan. */
  plans: Record<'A' | 'B', { heading: string; title: string }>;
  title: string;
  subtitle: string;
  source: string;
  t: CompareMessages;
}

const MARGIN = 40;
const GAP = 40;
/** Where the networks start (below the plan headings; on a slide, below its title) and end (above the legend). */
const AREA_TOP = { pair: 178, slide: 122 };
const AREA_BOTTOM = PICTURE.height - 96;
const ABSENT = '#9CA3AF';

interface Panel {
  side: 'A' | 'B';
  x: number;
  w: number;
}

/** Both plans in one frame, A on the left. */
export function compareScene(input: CompareSceneInput, measure: Measure): Scene {
  const w = (PICTURE.width - 2 * MARGIN - GAP) / 2;
  return draw(input, measure, [{ side: 'A', x: MARGIN, w }, { side: 'B', x: MARGIN + w + GAP, w }], 'pair');
}

/** One slide per plan, the network at the same place on both. */
export function compareSlides(input: CompareSceneInput, measure: Measure): Scene[] {
  return (['A', 'B'] as const).map((side) => draw(input, measure, [{ side, x: MARGIN, w: PICTURE.width - 2 * MARGIN }], 'slide'));
}

function draw(input: CompareSceneInput, measure: Measure, panels: Panel[], frame: 'pair' | 'slide'): Scene {
  const { comparison, positions } = input;
  const shapes: Shape[] = [];
  const text = (group: Shape['group'], value: string, x: number, baseline: number, size: number, colour = INK, halo = false) =>
    shapes.push({ type: 'text', group, text: value, x, baseline, size, width: measure(value, size), colour, halo });
  // A slide is titled with its plan, so the network gets the height the headings took.
  const only = frame === 'slide' ? input.plans[panels[0]!.side] : null;
  text('title', only ? `${only.heading} · ${input.title}` : input.title, MARGIN, 52, 28);
  text('title', only ? only.title : input.subtitle, MARGIN, 86, 16, MUTED);
  const top = AREA_TOP[frame];

  const maxLoad = Math.max(0, ...comparison.units.map((u) => Math.max(u.loadA, u.loadB)));
  const maxShared = Math.max(0, ...comparison.pairs.map((p) => Math.max(p.sharedA, p.sharedB)));
  const at = (key: string) => positions[keyNodeId(key)] ?? { x: 0, y: 0 };
  const size = (u: Comparison['units'][number]) => nodeDiameter(Math.max(u.loadA, u.loadB), maxLoad) / 2;
  // One transform for every panel: the union's extent (discs included) fitted to a panel.
  const ext = comparison.units.map((u) => ({ ...at(u.key), r: size(u) }));
  const [x1, x2] = [Math.min(...ext.map((p) => p.x - p.r)), Math.max(...ext.map((p) => p.x + p.r))];
  const [y1, y2] = [Math.min(...ext.map((p) => p.y - p.r)), Math.max(...ext.map((p) => p.y + p.r))];
  const areaW = panels[0]!.w - 24;
  const areaH = AREA_BOTTOM - top - 20;
  const zoom = ext.length === 0 ? 1 : Math.min(areaW / Math.max(1, x2 - x1), areaH / Math.max(1, y2 - y1), 1.6);

  for (const panel of panels) {
    const a = panel.side === 'A';
    const px = (x: number) => panel.x + panel.w / 2 + (x - (x1 + x2) / 2) * zoom;
    const py = (y: number) => top + areaH / 2 + (y - (y1 + y2) / 2) * zoom;
    if (!only) {
      text('title', input.plans[panel.side].heading, panel.x, 130, 22);
      text('title', input.plans[panel.side].title, panel.x, 156, 14, MUTED);
    }
    for (const p of comparison.pairs) {
      const shared = a ? p.sharedA : p.sharedB;
      if (shared === 0) continue;
      const [s, e] = [at(p.a), at(p.b)];
      shapes.push({ type: 'line', group: 'edges', x1: px(s.x), y1: py(s.y), x2: px(e.x), y2: py(e.y), colour: CHANGE_COLOURS[p.status]!, width: Math.max(0.75, edgeWidth(shared, maxShared) * zoom), dashed: false, opacity: p.status === 'same' ? 0.35 : 0.7, arrow: false });
    }
    const discs: Array<{ text: string; x: number; y: number; r: number; marked: boolean; load: number }> = [];
    for (const u of comparison.units) {
      const names = (a ? u.namesA : u.namesB).join('、');
      const p = at(u.key);
      const [cx, cy] = [px(p.x), py(p.y)];
      if (!names) {
        const other = u.namesA[0] ?? u.namesB[0] ?? u.key;
        shapes.push({ type: 'ellipse', group: 'nodes', name: `${other} · ${input.t.absent}`, cx, cy, r: 6, fill: 'none', stroke: ABSENT, strokeWidth: 1.5, dashed: true });
        continue;
      }
      const load = a ? u.loadA : u.loadB;
      const r = Math.max(3, (nodeDiameter(load, maxLoad) / 2) * zoom);
      const colour = CHANGE_COLOURS[u.status]!;
      const name = `${names} · ${input.t.status[u.status] ?? u.status}`;
      shapes.push({ type: 'ellipse', group: 'nodes', name, cx, cy, r, fill: colour, stroke: '#FFFFFF', strokeWidth: 1.5 });
      const marked = u.status === 'new' || u.status === 'dropped';
      // The dashed ring tells new and dropped apart from grown and shrunk in greyscale too.
      if (marked) shapes.push({ type: 'ellipse', group: 'nodes', name, cx, cy, r: r + 4, fill: 'none', stroke: colour, strokeWidth: 2, dashed: true });
      discs.push({ text: names, x: cx, y: cy, r: marked ? r + 4 : r, marked, load });
    }
    const bounds = { x1: panel.x, x2: panel.x + panel.w, y1: top - 12, y2: AREA_BOTTOM };
    for (const l of placeCompareLabels(discs, bounds, measure)) text('labels', l.text, l.x, l.baseline, l.size, INK, true);
  }
  if (panels.length === 2) {
    const x = (panels[0]!.x + panels[0]!.w + panels[1]!.x) / 2;
    shapes.push({ type: 'line', group: 'title', x1: x, y1: 108, x2: x, y2: AREA_BOTTOM, colour: '#D5D8DD', width: 1, dashed: false, opacity: 1, arrow: false });
  }
  compareLegend(shapes, input.t, measure, MARGIN, AREA_BOTTOM + 34);
  text('legend', only ? `${input.subtitle} · ${input.source}` : input.source, MARGIN, PICTURE.height - 18, 13, MUTED);
  return { ...PICTURE, title: input.title, shapes };
}
