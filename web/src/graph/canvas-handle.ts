/**
 * What the export menu may ask of the canvas: a PNG of the view as shown and the node
 * positions. The canvas component registers itself; nothing else touches Cytoscape.
 */
import type { Core } from 'cytoscape';

let canvas: Core | null = null;

export function registerCanvas(instance: Core | null): void {
  canvas = instance;
}

export function canvasPng(scale: 1 | 2 | 4, transparent: boolean): Blob | null {
  if (!canvas) return null;
  return canvas.png({ output: 'blob', scale, full: false, bg: transparent ? undefined : '#ffffff' }) as unknown as Blob;
}

export function canvasPositions(): Record<string, { x: number; y: number }> {
  if (!canvas) return {};
  return Object.fromEntries(canvas.nodes().map((n) => [n.id(), { ...n.position() }]));
}
