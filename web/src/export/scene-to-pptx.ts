/**
 * Picture scenes as a PowerPoint deck, one 16:9 slide per scene, in native shapes a presenter
 * can move, restyle and retype in PowerPoint or WPS: nodes are ellipses (units), rounded
 * squares (projects) or diamonds (tasks) named after what they stand for, edges are lines
 * with their width and dash, every text is a text box in the CJK font. Written by PptxGenJS.
 */
import PptxGenJS from 'pptxgenjs';
import type { Scene, Shape } from './picture-scene';

/** The scene's 1600 px span the 13.33 in of a wide slide: 120 px to the inch. */
const PX_PER_INCH = 120;
/** A pixel of the scene in points (72 to the inch), for font sizes and line widths. */
const PT_PER_PX = 72 / PX_PER_INCH;
/** The face the outlined pictures are drawn with, so text boxes fit as the SVG's labels do. */
export const PPTX_FONT = 'Noto Sans CJK SC';

const inch = (px: number) => Math.round((px / PX_PER_INCH) * 10_000) / 10_000;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

export async function scenesToPptx(scenes: readonly Scene[], meta: { title: string; source: string }): Promise<Uint8Array> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = meta.title;
  deck.subject = meta.source;
  deck.company = 'Fengong 分工';
  for (const scene of scenes) {
    const slide = deck.addSlide();
    slide.background = { color: 'FFFFFF' };
    // Drawn in the order of the SVG: edges under nodes, labels over both.
    for (const group of ['title', 'edges', 'nodes', 'labels', 'legend'] as const) {
      for (const shape of scene.shapes) if (shape.group === group) add(deck, slide, shape);
    }
  }
  return (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
}

function add(deck: PptxGenJS, slide: PptxGenJS.Slide, shape: Shape): void {
  switch (shape.type) {
    case 'line': {
      // A line runs from the top-left to the bottom-right of its box; flips give the others.
      slide.addShape(deck.ShapeType.line, {
        objectName: shape.group === 'edges' ? 'edge' : 'legend line',
        x: inch(Math.min(shape.x1, shape.x2)),
        y: inch(Math.min(shape.y1, shape.y2)),
        w: inch(Math.abs(shape.x2 - shape.x1)),
        h: inch(Math.abs(shape.y2 - shape.y1)),
        flipH: shape.x2 < shape.x1,
        flipV: shape.y2 < shape.y1,
        line: {
          color: hex(shape.colour),
          width: Math.max(0.25, shape.width * PT_PER_PX),
          dashType: shape.dashed ? 'dash' : 'solid',
          transparency: Math.round((1 - shape.opacity) * 100),
          endArrowType: shape.arrow ? 'triangle' : 'none',
        },
      });
      return;
    }
    case 'ellipse':
    case 'rect':
    case 'diamond':
      slide.addShape(shape.type === 'ellipse' ? deck.ShapeType.ellipse : shape.type === 'rect' ? deck.ShapeType.roundRect : deck.ShapeType.diamond, {
        objectName: shape.name,
        x: inch(shape.cx - shape.r),
        y: inch(shape.cy - shape.r),
        w: inch(2 * shape.r),
        h: inch(2 * shape.r),
        // A ring (fill `none`, dashed) marks a unit of one plan only, or its empty place.
        fill: shape.fill === 'none' ? { type: 'none' } : { color: hex(shape.fill) },
        line: { color: hex(shape.stroke), width: shape.strokeWidth * PT_PER_PX, dashType: shape.dashed ? 'dash' : 'solid' },
        ...(shape.type === 'rect' ? { rectRadius: 0.15 } : {}),
      });
      return;
    case 'text':
      // The box is the text's own extent (ascent above the baseline, descent below), with no
      // inner margin, so the words stand where the SVG draws them.
      slide.addText(shape.text, {
        objectName: shape.group === 'labels' ? `label ${shape.text}` : shape.text,
        x: inch(shape.x),
        y: inch(shape.baseline - shape.size * 1.05),
        w: inch(shape.width + shape.size * 0.6),
        h: inch(shape.size * 1.35),
        margin: 0,
        fontFace: PPTX_FONT,
        fontSize: Math.round(shape.size * PT_PER_PX * 10) / 10,
        color: hex(shape.colour),
        valign: 'middle',
        wrap: false,
        fit: 'none',
      });
  }
}
