/**
 * The one hook the canvas offers to whoever watches it from outside the product (browser
 * tests, the layout benchmark): when the page defines `window.__fengongProbe` before the app
 * loads, the canvas calls it with its Cytoscape instance and its layout and label events.
 * The app itself defines no observer; without one these calls do nothing.
 */
import type { Core } from 'cytoscape';
import type { CanvasSize } from './layout-network';

export type CanvasEvent =
  /** A Cytoscape instance was created (React may create two in development). */
  | { type: 'mounted'; cy: Core }
  /** A new element set was laid out: how long it took, for which key and canvas (null: preset positions). */
  | { type: 'laid-out'; cy: Core; ms: number; key: string; canvas: CanvasSize | null }
  /** Labels were placed anew. */
  | { type: 'labelled'; cy: Core };

export type CanvasObserver = (event: CanvasEvent) => void;

declare global {
  interface Window {
    __fengongProbe?: CanvasObserver;
  }
}

/** Tells the observer, if the page has one; an observer that throws never breaks the canvas. */
export function notifyCanvasObserver(event: CanvasEvent): void {
  const observer = typeof window === 'undefined' ? undefined : window.__fengongProbe;
  if (typeof observer !== 'function') return;
  try {
    observer(event);
  } catch {
    // Watching is optional; the picture is not.
  }
}
