/**
 * How the canvas draws a network of a given size. Above BIG_GRAPH_ABOVE_NODES nodes Cytoscape
 * redraws every tie and label on each frame of a pan or zoom, which a plan of several thousand
 * units turns into a slide show; there the canvas pans a picture of itself instead. WebGL drawing
 * is offered beside it, only where the browser has a GPU to run it on.
 */
import type { CytoscapeOptions } from 'cytoscape';

/** From this many nodes on (every node of the view, hidden or not) the big-graph settings apply. */
export const BIG_GRAPH_ABOVE_NODES = 1000;

/** While the viewport moves on a big graph, labels wait until it has rested this long. */
export const BIG_GRAPH_LABEL_REST_MS = 150;

export interface CanvasRendering {
  /** More nodes than BIG_GRAPH_ABOVE_NODES. */
  big: boolean;
  /** Cytoscape's WebGL renderer (experimental in Cytoscape 3.31 and later). */
  webgl: boolean;
}

export function canvasRendering(nodeCount: number, webglChosen: boolean, gpu: boolean): CanvasRendering {
  const big = nodeCount > BIG_GRAPH_ABOVE_NODES;
  return { big, webgl: big && webglChosen && gpu };
}

/**
 * Cytoscape's renderer options for the rendering: both are read once, when the instance is made.
 * - textureOnViewport: a pan or zoom moves a bitmap of the last frame rather than redrawing;
 * - hideEdgesOnViewport: what is redrawn while the viewport moves leaves the ties out.
 * Both give way to the full picture as soon as the hand stops.
 */
export function rendererOptions(rendering: CanvasRendering): Partial<CytoscapeOptions> {
  const viewport = rendering.big ? { hideEdgesOnViewport: true, textureOnViewport: true } : { hideEdgesOnViewport: false, textureOnViewport: false };
  // Cytoscape passes its top-level options on to the renderer: `webgl` is `renderer: { webgl }`.
  return { ...viewport, webgl: rendering.webgl };
}

/** Renderers that draw WebGL on the processor: there WebGL is slower than the 2D canvas. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether this browser draws WebGL 2 on a GPU. A browser without one either has no WebGL 2,
 * reports a "major performance caveat", or names a software rasteriser as its renderer.
 */
export function hasGpu(): boolean {
  if (typeof document === 'undefined') return false;
  const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !SOFTWARE_RENDERERS.test(renderer);
}
