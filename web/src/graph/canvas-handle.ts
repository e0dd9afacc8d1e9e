/**
 * What the export menu may ask of the canvas: a PNG of the view as shown and the node
 * positions. The canvas component registers itself; nothing else touches Cytoscape.
 */
import type { Core } from 'cytoscape';

let canvas: Core | null = null;
/** Positions of nodes the canvas has not added yet (it adds what is hidden after the first picture). */
let notYetAdded: () => Record<string, { x: number; y: number }> = () => ({});

export function registerCanvas(instance: Core | null, laidOutPositions: () => Record<string, { x: number; y: number }> = () => ({})): void {
  canvas = instance;
  notYetAdded = laidOutPositions;
}

export function canvasPng(scale: 1 | 2 | 4, transparent: boolean): Blob | null {
  if (!canvas) return null;
  return canvas.png({ output: 'blob', scale, full: false, bg: transparent ? undefined : '#ffffff' }) as unknown as Blob;
}

export function canvasPositions(): Record<string, { x: number; y: number }> {
  if (!canvas) return {};
  return { ...notYetAdded(), ...Object.fromEntries(canvas.nodes().map((n) => [n.id(), { ...n.position() }])) };
}
