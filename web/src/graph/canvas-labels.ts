/**
 * Applies label placement (label-placement.ts) to the Cytoscape instance: measures each label
 * in the font the canvas draws it with, places them in screen pixels, and writes the result
 * as node data the stylesheet reads (`shown`, `lx`, `ly`, `lsize`), in model units so the
 * drawing matches the screen at the current zoom. Run after a layout, a zoom or a change of
 * emphasis.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_FONT } from './stylesheet';
import { placeLabels, type LabelRequest } from './label-placement';

/** Label sizes on screen, in pixels, whatever the zoom. */
export const LABEL_PX = 12;
export const SELECTED_LABEL_PX = 14;
// Cytoscape sets a line of text about 1.5 times its font size high.
const LINE_HEIGHT = 1.5;

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

function textWidth(text: string, px: number, bold: boolean): number {
  const key = `${px}|${bold ? 1 : 0}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  let width = text.length * px;
  if (context) {
    context.font = `${bold ? 'bold ' : ''}${px}px ${LABEL_FONT}`;
    width = context.measureText(text).width;
  }
  widths.set(key, width);
  return width;
}

function request(node: NodeSingular): LabelRequest {
  const selected = node.hasClass('selected') || node.hasClass('hovered');
  const bold = selected || node.hasClass('neighbour') || node.hasClass('lit');
  const px = selected ? SELECTED_LABEL_PX : LABEL_PX;
  const lines = String(node.data('label') ?? '').split('\n');
  const position = node.renderedPosition();
  const must = selected || node.hasClass('neighbour') || node.hasClass('lit') || node.data('prominent') === true;
  return {
    id: node.id(),
    x: position.x,
    y: position.y,
    r: node.renderedOuterWidth() / 2,
    w: Math.max(...lines.map((l) => textWidth(l, px, bold))),
    h: lines.length * px * LINE_HEIGHT,
    tier: must ? 0 : 1,
    weight: selected ? Number.POSITIVE_INFINITY : Number(node.data('weight') ?? 0),
  };
}

export function applyLabels(cy: Core): void {
  const zoom = cy.zoom();
  // Faded nodes keep quiet: the emphasis is on the others.
  const candidates = cy.nodes(':visible').filter((n) => !n.hasClass('faded') && String(n.data('label') ?? '') !== '');
  const frame = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const placed = new Map(placeLabels(candidates.map(request), frame).map((p) => [p.id, p]));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = placed.get(n.id());
      const px = n.hasClass('selected') || n.hasClass('hovered') ? SELECTED_LABEL_PX : LABEL_PX;
      // Cytoscape draws a label with its node: a label lying over other nodes needs its node above them.
      n.data({ shown: p ? String(n.data('label')) : '', lx: p ? p.dx / zoom : 0, ly: p ? p.dy / zoom : 0, lsize: px / zoom, lz: p ? (p.overNodes ? 2 : 1) : 0 });
    });
  });
}
