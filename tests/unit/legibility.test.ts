/** Label placement, node separation and the default threshold, on inputs small enough to check by hand, and on the seed. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../web/src/graph/label-placement';
import { separateNodes } from '../../web/src/graph/separate-nodes';
import { defaultThreshold } from '../../web/src/graph/default-threshold';
import { buildNetwork } from '../../web/src/graph/network-model';
import { findCommunities } from '../../web/src/graph/communities';
import { seedPlan } from '../support/_plans';

const label = (id: string, x: number, y: number, tier = 1, weight = 1): LabelRequest => ({ id, x, y, r: 5, w: 60, h: 18, tier, weight });

describe('label placement', () => {
  it('puts a lone label below its node', () => {
    expect(placeLabels([label('a', 100, 100)])).toEqual([{ id: 'a', dx: 0, dy: 5 + 9 + 2, overNodes: false }]);
  });

  it('places two close labels where neither covers the other, the heavier first', () => {
    const placed = placeLabels([label('a', 100, 100, 1, 2), label('b', 100, 112)]);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    const [a, b] = placed.map((p) => ({ x: (p.id === 'a' ? 100 : 100) + p.dx, y: (p.id === 'a' ? 100 : 112) + p.dy }));
    expect(Math.abs(a!.x - b!.x) >= 60 || Math.abs(a!.y - b!.y) >= 18).toBe(true);
  });

  it('leaves out an optional label with no room, never one that must show', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => label(`n${i}`, 100 + (i % 6) * 4, 100 + Math.floor(i / 6) * 4, 1, 30 - i));
    const placed = placeLabels([...crowd, label('must', 110, 108, 0, 0)], { x1: 0, y1: 0, x2: 400, y2: 400 });
    expect(placed[0]!.id).toBe('must');
    expect(placed.length).toBeLessThan(31);
  });

  it('keeps labels inside the frame', () => {
    const placed = placeLabels([label('edge', 5, 100)], { x1: 0, y1: 0, x2: 200, y2: 200 });
    expect(placed[0]!.dx).toBeGreaterThan(0);
  });
});

describe('node separation', () => {
  it('parts two discs laid on top of each other by their radii and the gap', () => {
    const [a, b] = separateNodes([
      { id: 'a', x: 0, y: 0, r: 10 },
      { id: 'b', x: 1, y: 0, r: 10 },
    ]);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(26);
    expect(a!.x + b!.x).toBeCloseTo(1, 5);
  });
});

describe('the seed', () => {
  const plan = seedPlan();
  it('opens at 3 shared tasks: 265 ties between 46 units', () => {
    expect(defaultThreshold(plan)).toBe(3);
    const network = buildNetwork('collaboration', plan, { sections: [], kinds: [], minShared: 3, roles: 'all' });
    expect(network.edges.filter((e) => !e.hidden).length).toBe(265);
    expect(network.nodes.filter((n) => !n.hidden).length).toBe(46);
    expect(buildNetwork('collaboration', plan, { sections: [], kinds: [], minShared: 3, roles: 'all', showIsolated: true }).nodes.filter((n) => !n.hidden).length).toBe(91);
  });

  it('has the same communities on every run with the same seed, each unit in one', () => {
    const network = buildNetwork('collaboration', plan, { sections: [], kinds: [], minShared: 3, roles: 'all' });
    const first = findCommunities(network, 1);
    expect(findCommunities(network, 1)).toEqual(first);
    expect(first.members.flat().sort()).toEqual(network.nodes.filter((n) => !n.hidden).map((n) => n.id).sort());
    expect(first.members.length).toBeGreaterThan(1);
    expect(first.modularity).toBeGreaterThan(0.05);
  });
});
