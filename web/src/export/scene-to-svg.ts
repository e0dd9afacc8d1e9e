/**
 * A picture scene as SVG. Text is either outlined with the CJK font (the default: it reads
 * the same in any viewer, fonts or not, and each outline carries its words as a <title>) or
 * kept as <text> in the CJK font stack, for people who retype it in Inkscape or Illustrator.
 */
import type { Scene, Shape } from './picture-scene';
import type { TextOutliner } from './text-outliner';
import { xmlText } from './xml-text';
import { LABEL_FONT } from '../graph/stylesheet';
import { LEAD_EDGE_COLOUR } from '../graph/palette';

export type SvgText = { mode: 'outline'; outliner: TextOutliner } | { mode: 'text' };

const GROUPS = ['title', 'edges', 'nodes', 'labels', 'legend'] as const;
const n = (value: number) => String(Math.round(value * 100) / 100);

export function sceneToSvg(scene: Scene, text: SvgText, options: { transparent?: boolean } = {}): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">`,
    `<title>${xmlText(scene.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${LEAD_EDGE_COLOUR}"/></marker></defs>`,
  ];
  if (!options.transparent) out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  for (const group of GROUPS) {
    out.push(`<g id="${group}">`);
    for (const shape of scene.shapes) if (shape.group === group) out.push(draw(shape, text));
    out.push('</g>');
  }
  out.push('</svg>', '');
  return out.join('\n');
}

function draw(shape: Shape, text: SvgText): string {
  switch (shape.type) {
    case 'line': {
      const dash = shape.dashed ? ' stroke-dasharray="5 4"' : '';
      const arrow = shape.arrow ? ' marker-end="url(#arrow)"' : '';
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.colour}" stroke-width="${n(shape.width)}" stroke-opacity="${shape.opacity}" stroke-linecap="round"${dash}${arrow}/>`;
    }
    case 'ellipse':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"${shape.dashed ? ' stroke-dasharray="4 3"' : ''}><title>${xmlText(shape.name)}</title></circle>`;
    case 'rect':
      return `<rect x="${n(shape.cx - shape.r)}" y="${n(shape.cy - shape.r)}" width="${n(2 * shape.r)}" height="${n(2 * shape.r)}" rx="3" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"><title>${xmlText(shape.name)}</title></rect>`;
    case 'diamond': {
      const { cx, cy, r } = shape;
      return `<path d="M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"><title>${xmlText(shape.name)}</title></path>`;
    }
    case 'text': {
      // A white halo keeps a label legible where it crosses an edge.
      const halo = shape.halo ? ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" data-label="1"' : '';
      if (text.mode === 'outline') {
        return `<path d="${text.outliner.outline(shape.text, shape.x, shape.baseline, shape.size)}" fill="${shape.colour}"${halo}><title>${xmlText(shape.text)}</title></path>`;
      }
      return `<text x="${n(shape.x)}" y="${n(shape.baseline)}" font-size="${shape.size}" font-family='${LABEL_FONT}' fill="${shape.colour}"${halo}>${xmlText(shape.text)}</text>`;
    }
  }
}
