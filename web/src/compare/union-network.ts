/**
 * The union of two plans' collaboration networks, keyed by unit identity or function:
 * every key of either plan is a node, every pair of keys sharing a task in either plan a
 * tie. Laid out once (the app's own layout, seeded), it gives each key one place that both
 * pictures share. Pure apart from the layout's headless Cytoscape.
 */
import type { Network } from '../graph/network-model';
import { layoutNetwork, type Positions } from '../graph/layout-network';
import type { Comparison } from './compare-rows';

export const COMPARE_SEED = 7;
export const COMPARE_CANVAS = { width: 900, height: 700 };

export const keyNodeId = (key: string) => `key:${key}`;

export function unionNetwork({ units, pairs }: Comparison): Network {
  return {
    nodes: units.map((u) => ({
      id: keyNodeId(u.key),
      group: 'unit' as const,
      label: u.namesB[0] ?? u.namesA[0] ?? u.key,
      kind: 'department' as const,
      weight: Math.max(u.loadA, u.loadB),
      hidden: false,
      shared: false,
    })),
    edges: pairs.map((p) => ({
      id: `tie:${p.a}|${p.b}`,
      source: keyNodeId(p.a),
      target: keyNodeId(p.b),
      type: 'co-owns' as const,
      weight: Math.max(p.sharedA, p.sharedB),
      hidden: false,
    })),
  };
}

export function unionLayout(comparison: Comparison): Positions {
  return layoutNetwork(unionNetwork(comparison), COMPARE_SEED, COMPARE_CANVAS);
}

/** The frame both pictures use: every position with room for discs and labels. */
export function sharedFrame(positions: Positions, margin = 60): { x: number; y: number; width: number; height: number } {
  const points = Object.values(positions);
  if (points.length === 0) return { x: 0, y: 0, width: COMPARE_CANVAS.width, height: COMPARE_CANVAS.height };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, y0] = [Math.min(...xs) - margin, Math.min(...ys) - margin];
  return { x: x0, y: y0, width: Math.max(...xs) + margin - x0, height: Math.max(...ys) + margin - y0 };
}
