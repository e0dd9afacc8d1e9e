/**
 * The one component that owns the Cytoscape instance. It syncs the elements and stylesheet
 * it is given: a new element set (another plan or view, a re-layout) is laid out once with
 * fCoSE from seeded positions, off the main thread, and shown when its positions arrive;
 * filters and emphasis only change classes, so nodes never jump. Only what the view shows
 * is added before the first picture; the hidden rest follows it (staged-elements.ts). A network of more than
 * BIG_GRAPH_ABOVE_NODES nodes gets the big-graph rendering (canvas-rendering.ts). Labels are
 * placed on screen after every layout, zoom and change of emphasis.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { seededPosition } from './seeded-layout';
import type { CanvasSize, Positions } from './layout-network';
import { registerCanvas } from './canvas-handle';
import { notifyCanvasObserver } from './canvas-probe';
import { createCanvasInstance } from './canvas-instance';
import { canvasRendering, hasGpu } from './canvas-rendering';
import { useWebglChoice, WebglChoice } from './WebglChoice';
import { addMissing, firstStage, isShown, withPlace } from './staged-elements';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Changes when the laid-out graph must change: plan, view, seed, a re-layout. */
  layoutKey: string;
  seed: number;
  /** The network's layout on a canvas of this size (layoutNetwork: the same as every export's). */
  layout: (canvas: CanvasSize) => Promise<Positions>;
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
  /** The layout key whose elements the instance holds (their positions may still be on their way). */
  const added = useRef<string | null>(null);
  /** Positions of the last layout, kept when the instance is made anew for another rendering. */
  const kept = useRef<{ key: string; positions: Positions } | null>(null);
  const frame = useRef<CanvasSize | null>(null);
  /** Positions of the last layout, for every node of the view: where a node added later goes. */
  const placed = useRef<Positions | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const gpu = useMemo(() => hasGpu(), []);
  const [webglChosen, chooseWebgl] = useWebglChoice();
  const nodeCount = useMemo(() => props.elements.filter((e) => e.group === 'nodes').length, [props.elements]);
  const rendering = canvasRendering(nodeCount, webglChosen, gpu);
  const renderingKey = `${rendering.big}|${rendering.webgl}`;

  /** Every node's position: where it is drawn, or where the layout put one not added yet. */
  const allPositions = (instance: Core): Positions => ({ ...placed.current, ...Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }])) });

  useEffect(() => {
    const { cy: instance, dispose } = createCanvasInstance(container.current, rendering, (labelled) => notifyCanvasObserver({ type: 'labelled', cy: labelled }));
    instance.on('tap', 'node', (e) => handlers.current.onNodeTap(e.target.id()));
    instance.on('tap', 'edge', (e) => handlers.current.onEdgeTap(e.target.id()));
    instance.on('tap', (e) => {
      if (e.target === instance) handlers.current.onBackgroundTap();
    });
    instance.on('mouseover', 'node', (e) => handlers.current.onNodeHover(e.target.id()));
    instance.on('mouseout', 'node', () => handlers.current.onNodeHover(null));
    instance.on('dragfree', 'node', (e) => {
      handlers.current.onArrange?.(allPositions(instance), e.target.id());
      instance.emit('relabel');
    });
    cy.current = instance;
    registerCanvas(instance, () => placed.current ?? {});
    // A fresh instance has nothing laid out (React may mount this component twice).
    laidOut.current = null;
    added.current = null;
    notifyCanvasObserver({ type: 'mounted', cy: instance });
    return () => {
      if (laidOut.current) kept.current = { key: laidOut.current, positions: allPositions(instance) };
      registerCanvas(null);
      dispose();
      cy.current = null;
    };
    // Made anew only when the rendering changes: Cytoscape reads its renderer's options once.
  }, [renderingKey]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.style(props.style);
  }, [props.style, renderingKey]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const pinned = new Set(props.pinned ?? []);
    instance.nodes().forEach((n) => {
      n.toggleClass('pinned', pinned.has(n.id()));
    });
  }, [props.pinned, props.elements, renderingKey]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    if (added.current === props.layoutKey) {
      // A filter that shows an element not added yet adds it now, where the layout put it
      // (before the layout has answered, its answer adds what is shown then).
      const layout = laidOut.current === props.layoutKey ? placed.current : null;
      instance.batch(() => {
        if (layout) addMissing(instance, props.elements, isShown, (id) => layout[id] ?? seededPosition(id, props.seed), new Set(props.pinned ?? []));
        syncElements(instance, props.elements);
      });
      if (laidOut.current === props.layoutKey) instance.emit('relabel');
      return;
    }
    const key = props.layoutKey;
    const started = performance.now();
    const nodeIds = props.elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
    // The frame is the size of the area the canvas shares with its footer, at the first
    // layout: what the footer holds (a reset button wrapping the legend) or a window
    // resized since must not move the nodes of a later layout, or of a reset.
    const area = container.current?.parentElement ?? container.current;
    const canvas = (frame.current ??= { width: Math.max(100, Math.round(area?.clientWidth ?? 0)), height: Math.max(100, Math.round(area?.clientHeight ?? 0)) });
    const covers = (positions: Record<string, { x: number; y: number }> | null | undefined) => (positions && nodeIds.every((id) => positions[id] !== undefined) ? positions : null);
    const preset = covers(props.presetPositions) ?? (kept.current?.key === key ? covers(kept.current.positions) : null);
    // Laid out by the function every export uses, so the command line given this canvas size
    // draws these very positions. The elements go in with their positions once these are
    // known: added earlier, Cytoscape would style them twice and draw frames no one sees.
    laidOut.current = null;
    added.current = key;
    placed.current = null;
    instance.elements().remove();
    const positions = preset ? Promise.resolve(preset) : props.layout(canvas);
    const seed = props.seed;
    const current = () => cy.current === instance && added.current === key;
    void positions.then((layout) => {
      if (!current()) return;
      placed.current = layout;
      const at = (id: string) => layout[id] ?? seededPosition(id, seed);
      // The elements as they are now (emphasis may have changed while the layout ran).
      const { elements, pinned } = handlers.current;
      instance.batch(() => {
        instance.elements().remove();
        instance.add(firstStage(elements).map((e) => withPlace(e, at, new Set(pinned ?? []))));
      });
      laidOut.current = key;
      instance.fit(instance.elements(':visible'), 30);
      notifyCanvasObserver({ type: 'laid-out', cy: instance, ms: performance.now() - started, key, canvas: preset ? null : canvas });
      instance.emit('relabel');
      // The hidden rest once this picture is on screen (a frame, or a tenth of a second in a
      // tab that draws no frames); the canvas is complete, and says so, after that.
      let done = false;
      const addRest = () => {
        if (done || !current()) return;
        done = true;
        const latest = handlers.current;
        instance.batch(() => addMissing(instance, latest.elements, () => true, at, new Set(latest.pinned ?? [])));
        container.current?.setAttribute('data-layout', key);
      };
      requestAnimationFrame(() => setTimeout(addRest, 0));
      setTimeout(addRest, 100);
    });
  }, [props.elements, props.layoutKey, props.seed, renderingKey]);

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

  return (
    <>
      <div ref={container} id="graph" className="graph-canvas" tabIndex={0} role="application" aria-label={props.label} onKeyDown={onKeyDown} />
      {rendering.big && gpu && <WebglChoice on={webglChosen} onChange={chooseWebgl} />}
    </>
  );
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
