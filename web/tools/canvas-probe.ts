/**
 * What browser tests and benchmarks read of the canvas (`window.__fengong`): layout timings
 * and canvas, positions, and what is drawn — node discs and label boxes as Cytoscape itself
 * renders them, so a test measures the picture, not our own plan of it. The product ships no
 * probe: this one is injected before the app loads (`addInitScript`) as the canvas's observer
 * (`window.__fengongProbe`, see web/src/graph/canvas-probe.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import type { CanvasEvent } from '../src/graph/canvas-probe';
import type { CanvasSize } from '../src/graph/layout-network';

export interface DrawnLabel {
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CanvasProbe {
  layoutMs: number;
  /** performance.now() when the last layout finished: time since the page started loading. */
  layoutDoneAt: number;
  layoutKey: string;
  /** The canvas size the last layout was made for (null: preset positions). */
  layoutCanvas: CanvasSize | null;
  /** Bumped every time labels are placed anew. */
  labelRevision: number;
  renderedPosition: (id: string) => { x: number; y: number } | null;
  positions: () => Record<string, { x: number; y: number }>;
  visibleEdges: () => number;
  visibleNodes: () => number;
  /** Visible nodes as discs on screen (centre, radius), with their classes. */
  nodeDiscs: () => Array<{ id: string; x: number; y: number; r: number; classes: string; colour: string }>;
  /** Every label drawn, with its box on screen as Cytoscape computes it from the font. */
  drawnLabels: () => DrawnLabel[];
  /** A point on screen on the tie, clear of any node, or null when there is none. */
  edgePoint: (id: string) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    __fengong?: CanvasProbe;
  }
}

/**
 * Runs in the page, serialised by playwright: it may use nothing from this module's scope.
 * Each new Cytoscape instance gets a fresh probe, as a reload would.
 */
export function defineCanvasObserver(): void {
  const probeOf = (instance: Core): CanvasProbe => {
    const discs = () =>
      instance.nodes(':visible').map((n) => ({ id: n.id(), ...n.renderedPosition(), r: n.renderedOuterWidth() / 2, classes: n.classes().join(' '), colour: String(n.style('background-color')) }));
    return {
      layoutMs: 0,
      layoutDoneAt: 0,
      layoutKey: '',
      layoutCanvas: null,
      labelRevision: 0,
      renderedPosition: (id) => {
        const node = instance.getElementById(id);
        return node.nonempty() ? node.renderedPosition() : null;
      },
      positions: () => Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }])),
      visibleEdges: () => instance.edges(':visible').length,
      visibleNodes: () => instance.nodes(':visible').length,
      nodeDiscs: discs,
      drawnLabels: () =>
        instance
          .nodes(':visible')
          .filter((n) => String(n.style('label')) !== '' && Number(n.style('text-opacity')) > 0)
          .map((n) => {
            const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeOverlays: false, includeUnderlays: false } as never);
            return { id: n.id(), text: String(n.style('label')), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
          }),
      edgePoint: (id) => {
        const edge = instance.getElementById(id);
        if (edge.empty() || !edge.visible()) return null;
        const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
        const all = discs();
        const steps = Array.from({ length: 37 }, (_, i) => 0.05 + i * 0.025).sort((x, y) => Math.abs(x - 0.5) - Math.abs(y - 0.5));
        for (const t of steps) {
          const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
          if (all.every((d) => Math.hypot(d.x - p.x, d.y - p.y) > d.r + 2)) return p;
        }
        return null;
      },
    };
  };
  const probes = new WeakMap<Core, CanvasProbe>();
  window.__fengongProbe = (event: CanvasEvent) => {
    if (event.type === 'mounted') {
      const probe = probeOf(event.cy);
      probes.set(event.cy, probe);
      window.__fengong = probe;
      return;
    }
    const probe = probes.get(event.cy);
    if (!probe) return;
    if (event.type === 'labelled') probe.labelRevision++;
    else {
      probe.layoutMs = event.ms;
      probe.layoutDoneAt = performance.now();
      probe.layoutKey = event.key;
      probe.layoutCanvas = event.canvas;
    }
  };
}

/**
 * Every page opened from here on in this page or context gets the probe before the app loads.
 * Sent as source text: a compiler that keeps function names (tsx, esbuild's keepNames) calls
 * a `__name` helper the page does not have, so the text brings its own.
 */
export async function injectCanvasProbe(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript({ content: `(() => { const __name = (f) => f; (${defineCanvasObserver.toString()})(); })();` });
}

/**
 * The browser, with the probe injected into every page and context it opens. A proxy rather
 * than changed methods: the browser's own calls between its methods stay as they were.
 */
export function withCanvasProbe(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newPage')
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          await injectCanvasProbe(page);
          return page;
        };
      if (key === 'newContext')
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          await injectCanvasProbe(context);
          return context;
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
