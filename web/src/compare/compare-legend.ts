/**
 * The legend of the comparison picture, in one row under the networks: the colours of change
 * (the dashed ring of a unit of one plan only), the empty place of a unit the other plan has,
 * and what size and width stand for. Pure: it appends shapes.
 */
import type { Shape } from '../export/picture-scene';
import { CHANGE_COLOURS, LEGEND_STATUSES } from './change-palette';
import type { CompareMessages } from './compare-messages';

export const INK = '#1D1D1F';
export const MUTED = '#6B7280';
const SIZE = 14;

export function compareLegend(shapes: Shape[], t: CompareMessages, measure: (text: string, size: number) => number, left: number, baseline: number): void {
  let x = left;
  const word = (value: string, colour = INK) => {
    const width = measure(value, SIZE);
    shapes.push({ type: 'text', group: 'legend', text: value, x, baseline, size: SIZE, width, colour, halo: false });
    x += width + 22;
  };
  const cy = baseline - SIZE * 0.36;
  word(t.legendUnits);
  for (const status of LEGEND_STATUSES) {
    const colour = CHANGE_COLOURS[status]!;
    const label = t.status[status] ?? status;
    shapes.push({ type: 'ellipse', group: 'legend', name: label, cx: x + 7, cy, r: 7, fill: colour, stroke: '#FFFFFF', strokeWidth: 1 });
    if (status === 'new' || status === 'dropped') shapes.push({ type: 'ellipse', group: 'legend', name: label, cx: x + 7, cy, r: 10, fill: 'none', stroke: colour, strokeWidth: 1.5, dashed: true });
    x += 22;
    word(label);
  }
  shapes.push({ type: 'ellipse', group: 'legend', name: t.absent, cx: x + 6, cy, r: 6, fill: 'none', stroke: '#9CA3AF', strokeWidth: 1.5, dashed: true });
  x += 20;
  word(t.absent);
  x += 12;
  word(t.sizeAndWidth, MUTED);
}
