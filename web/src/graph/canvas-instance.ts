/**
 * The Cytoscape instance the canvas draws with, and when it places its labels: after every
 * layout, zoom, pan or change of emphasis. On a small network labels follow the viewport frame
 * by frame; on a big one (canvas-rendering.ts) placing thousands of labels on every frame of a
 * pan would stall it, so they are placed once the viewport has come to rest.
 */
import cytoscape, { type Core } from 'cytoscape';
import { applyLabels } from './canvas-labels';
import { BIG_GRAPH_LABEL_REST_MS, rendererOptions, type CanvasRendering } from './canvas-rendering';

export interface CanvasInstance {
  cy: Core;
  /** Stops pending label work and destroys the instance. */
  dispose: () => void;
}

export function createCanvasInstance(container: HTMLElement | null, rendering: CanvasRendering, onLabelled: (cy: Core) => void): CanvasInstance {
  const cy = cytoscape({ container, minZoom: 0.05, maxZoom: 4, ...rendererOptions(rendering) });
  let frame = 0;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const place = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      applyLabels(cy);
      onLabelled(cy);
    });
  };
  const afterRest = () => {
    clearTimeout(rest);
    rest = setTimeout(place, BIG_GRAPH_LABEL_REST_MS);
  };
  // Zoomed in, more labels fit; panned or resized, others come into the frame.
  cy.on('viewport resize', rendering.big ? afterRest : place);
  cy.on('relabel', place);
  return {
    cy,
    dispose: () => {
      cancelAnimationFrame(frame);
      clearTimeout(rest);
      cy.destroy();
    },
  };
}
