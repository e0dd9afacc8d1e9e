/**
 * The canvas adds a new element set in two stages. What the view shows at first goes in
 * before the layout's positions arrive; what a filter hides (most of the ties under the
 * shared-task threshold, units without a tie) follows once the picture is drawn, or at
 * once when a filter shows it. Adding and styling a hidden element costs as much as a shown
 * one, and on the seed plan the hidden ones are six of every seven.
 */
import type { Core, ElementDefinition } from 'cytoscape';

type Position = { x: number; y: number };

const classesOf = (def: ElementDefinition) => String(def.classes ?? '').split(' ');

/** Whether the view draws the element (the stylesheet gives `.hidden` display: none). */
export const isShown = (def: ElementDefinition): boolean => !classesOf(def).includes('hidden');

/** The shown nodes and the shown edges between them: the first stage. */
export function firstStage(defs: readonly ElementDefinition[]): ElementDefinition[] {
  const nodes = new Set(defs.filter((d) => d.group === 'nodes' && isShown(d)).map((d) => String(d.data.id)));
  return defs.filter((d) => (d.group === 'nodes' ? nodes.has(String(d.data.id)) : isShown(d) && nodes.has(String(d.data.source)) && nodes.has(String(d.data.target))));
}

/**
 * Adds the elements of `defs` that `wanted` picks and the instance does not hold yet: nodes
 * at `positionOf(id)`, marked pinned when they are; an edge only once both its ends are in.
 * Returns how many were added.
 */
export function addMissing(instance: Core, defs: readonly ElementDefinition[], wanted: (def: ElementDefinition) => boolean, positionOf: (id: string) => Position, pinned: ReadonlySet<string>): number {
  const missing = defs.filter((d) => wanted(d) && instance.getElementById(String(d.data.id)).empty());
  if (missing.length === 0) return 0;
  const nodes = missing.filter((d) => d.group === 'nodes').map((d) => withPlace(d, positionOf, pinned));
  const adding = new Set(nodes.map((n) => String(n.data.id)));
  const present = (id: unknown) => adding.has(String(id)) || instance.getElementById(String(id)).nonempty();
  const edges = missing.filter((d) => d.group === 'edges' && present(d.data.source) && present(d.data.target));
  instance.add([...nodes, ...edges]);
  return nodes.length + edges.length;
}

/** A node definition with its position and its pinned mark. */
export function withPlace(def: ElementDefinition, positionOf: (id: string) => Position, pinned: ReadonlySet<string>): ElementDefinition {
  if (def.group !== 'nodes') return def;
  const id = String(def.data.id);
  return { ...def, classes: `${String(def.classes ?? '')}${pinned.has(id) ? ' pinned' : ''}`, position: positionOf(id) };
}
