/**
 * The canvas adds the seed's network in two stages: first exactly what the view shows, then
 * the rest, every element once, nodes where the layout put them, ties only between nodes
 * that are in.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { seedPlan } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { toElements } from '../../web/src/graph/elements';
import { addMissing, firstStage, isShown } from '../../web/src/graph/staged-elements';

const plan = seedPlan();
const network = buildNetwork('collaboration', plan, { sections: [], kinds: [], minShared: 3, roles: 'all' });
const elements = toElements(network, { hovered: null, lit: { node: null, nodes: null, edge: null }, prominent: new Set() });
const ids = (defs: Array<{ data: { id?: string } }>) => defs.map((d) => String(d.data.id)).sort();

describe('staged elements', () => {
  it('put first the shown units and the shown ties: 46 and 265 of 91 and 1,006', () => {
    const first = firstStage(elements);
    expect(ids(first)).toEqual([...network.nodes.filter((n) => !n.hidden), ...network.edges.filter((e) => !e.hidden)].map((x) => x.id).sort());
    expect([first.filter((d) => d.group === 'nodes').length, first.filter((d) => d.group === 'edges').length]).toEqual([46, 265]);
  });

  it('add the rest once, at the positions given, and a tie only with both its ends', () => {
    const cy = cytoscape({ headless: true });
    cy.add(firstStage(elements).map((d) => (d.group === 'nodes' ? { ...d, position: { x: 0, y: 0 } } : d)));
    const at = (id: string) => ({ x: id.length, y: 1 });
    // Shown elements only: nothing is missing.
    expect(addMissing(cy, elements, isShown, at, new Set())).toBe(0);
    // Ties alone: those touching a unit not yet in must wait for it.
    const edgesOnly = addMissing(cy, elements, (d) => d.group === 'edges', at, new Set());
    expect(edgesOnly).toBe(network.edges.filter((e) => e.hidden && cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()).length);
    const late = network.nodes.find((n) => n.hidden)!;
    addMissing(cy, elements, () => true, at, new Set([late.id]));
    expect(ids(cy.elements().map((e) => ({ data: { id: e.id() } })))).toEqual(ids(elements));
    expect(cy.getElementById(late.id).position()).toEqual(at(late.id));
    expect(cy.getElementById(late.id).hasClass('pinned')).toBe(true);
    cy.destroy();
  });
});
