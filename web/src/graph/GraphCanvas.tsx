/**
 * The one component that owns the Cytoscape instance. It syncs the elements and stylesheet
 * it is given: a new element set (another plan or view, a re-layout) is laid out once with
 * fCoSE from seeded positions; filters and emphasis only change classes, so nodes never jump.
 * Labels are placed on screen after every layout, zoom and change of emphasis.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { seededPosition } from './seeded-layout';
import type { CanvasSize, Positions } from './layout-network';
import { registerCanvas } from './canvas-handle';
import { applyLabels } from './canvas-labels';
import { notifyCanvasObserver } from './canvas-probe';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Changes when the laid-out graph must change: plan, view, seed, a re-layout. */
  layoutKey: string;
  seed: number;
  /** The network's layout on a canvas of this size (layoutNetwork: the same as every export's). */
  layout: (canvas: CanvasSize) => Positions;
  /** Positions to use instead of a new layout when they cover every node. */
  presetPositions?: Record<string, { x: number; y: number }> | null;
  /** Nodes the presenter moved by hand, drawn as pinned. */
  pinned?: readonly string[];
  /** Called when the presenter drops a dragged node: all positions, and the node moved. */
  onArrange?: (positions: Record<string, { x: number; y: number }>, moved: string) => void;
  label: string;
  onNodeTap: (id: string) => void;
  onEdgeTap: (id: string) => void;
  onNodeHover: (id: string | null) => void;
  onBackgroundTap: () => void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const laidOut = useRef<string | null>(null);
  const frame = useRef<CanvasSize | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, minZoom: 0.05, maxZoom: 4 });
    let pending = 0;
    const relabel = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        applyLabels(instance);
        notifyCanvasObserver({ type: 'labelled', cy: instance });
      });
    };
    instance.on('tap', 'node', (e) => handlers.current.onNodeTap(e.target.id()));
    instance.on('tap', 'edge', (e) => handlers.current.onEdgeTap(e.target.id()));
    instance.on('tap', (e) => {
      if (e.target === instance) handlers.current.onBackgroundTap();
    });
    instance.on('mouseover', 'node', (e) => handlers.current.onNodeHover(e.target.id()));
    instance.on('mouseout', 'node', () => handlers.current.onNodeHover(null));
    // Zoomed in, more labels fit; panned or resized, others come into the frame.
    instance.on('viewport resize', relabel);
    instance.on('relabel', relabel);
    instance.on('dragfree', 'node', (e) => {
      const positions = Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }]));
      handlers.current.onArrange?.(positions, e.target.id());
      relabel();
    });
    cy.current = instance;
    registerCanvas(instance);
    // A fresh instance has nothing laid out (React may mount this component twice).
    laidOut.current = null;
    notifyCanvasObserver({ type: 'mounted', cy: instance });
    return () => {
      cancelAnimationFrame(pending);
      registerCanvas(null);
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.style(props.style);
  }, [props.style]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const pinned = new Set(props.pinned ?? []);
    instance.nodes().forEach((n) => {
      n.toggleClass('pinned', pinned.has(n.id()));
    });
  }, [props.pinned, props.elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    if (laidOut.current !== props.layoutKey) {
      const started = performance.now();
      instance.elements().remove();
      instance.add(props.elements.map((e) => (e.group === 'nodes' ? { ...e, classes: '', position: seededPosition(String(e.data.id), props.seed) } : { ...e, classes: String(e.classes ?? '').replace(/\bhidden\b/g, '') })));
      const nodeIds = instance.nodes().map((n) => n.id());
      // The frame is the size of the area the canvas shares with its footer, at the first
      // layout: what the footer holds (a reset button wrapping the legend) or a window
      // resized since must not move the nodes of a later layout, or of a reset.
      const area = container.current?.parentElement ?? container.current;
      const canvas = (frame.current ??= { width: Math.max(100, Math.round(area?.clientWidth ?? 0)), height: Math.max(100, Math.round(area?.clientHeight ?? 0)) });
      const preset = props.presetPositions && nodeIds.every((id) => props.presetPositions![id] !== undefined) ? props.presetPositions : null;
      // Laid out by the function every export uses, so the command line given this canvas
      // size draws these very positions.
      const positions = preset ?? props.layout(canvas);
      for (const id of nodeIds) instance.getElementById(id).position(positions[id]!);
      laidOut.current = props.layoutKey;
      syncElements(instance, props.elements);
      instance.fit(instance.elements(':visible'), 30);
      notifyCanvasObserver({ type: 'laid-out', cy: instance, ms: performance.now() - started, key: props.layoutKey, canvas: preset ? null : canvas });
      container.current?.setAttribute('data-layout', props.layoutKey);
      instance.emit('relabel');
      return;
    }
    instance.batch(() => syncElements(instance, props.elements));
    instance.emit('relabel');
  }, [props.elements, props.layoutKey, props.seed]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const instance = cy.current;
    if (!instance) return;
    const order = instance
      .nodes(':visible')
      .sort((a, b) => (b.data('weight') as number) - (a.data('weight') as number))
      .map((n) => n.id());
    const current = order.indexOf(instance.nodes('.selected').first().id());
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      handlers.current.onNodeTap(order[(current + 1) % order.length]!);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      handlers.current.onNodeTap(order[(current - 1 + order.length) % order.length]!);
    } else if (event.key === 'Escape') {
      handlers.current.onBackgroundTap();
    } else if (event.key === '+' || event.key === '=') {
      instance.zoom({ level: instance.zoom() * 1.2, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
    } else if (event.key === '-') {
      instance.zoom({ level: instance.zoom() / 1.2, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
    } else if (event.key === '0') {
      instance.fit(instance.elements(':visible'), 30);
    } else return;
    event.preventDefault();
  };

  return <div ref={container} id="graph" className="graph-canvas" tabIndex={0} role="application" aria-label={props.label} onKeyDown={onKeyDown} />;
}

/** Classes and the data the stylesheet reads that can change without a new layout. */
function syncElements(instance: Core, elements: ElementDefinition[]): void {
  for (const def of elements) {
    const element = instance.getElementById(String(def.data.id));
    if (element.empty()) continue;
    const pinned = element.hasClass('pinned');
    element.classes(String(def.classes ?? ''));
    if (pinned) element.addClass('pinned');
    for (const key of ['weight', 'label', 'prominent', 'community'] as const) {
      if (def.data[key] !== element.data(key)) element.data(key, def.data[key]);
    }
  }
}
