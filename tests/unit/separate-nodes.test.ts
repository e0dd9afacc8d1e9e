import { describe, expect, it } from 'vitest';
import { separateAllPairs, separateNodes } from '../../web/src/graph/separate-nodes';
import { mulberry32 } from '../../web/src/graph/seeded-layout';

/** Discs crowded as a draft layout leaves them, some on the very same spot. */
function crowd(seed: number) {
  const random = mulberry32(seed);
  const count = 2 + Math.floor(random() * 250);
  const spread = 20 + random() * 600;
  return Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    x: random() < 0.05 ? 0 : (random() - 0.5) * spread,
    y: random() < 0.05 ? 0 : (random() - 0.5) * spread,
    r: 7 + random() * 23,
  }));
}

describe('node separation through the grid', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('places crowd %i exactly where trying every pair places it', (seed) => {
    const discs = crowd(seed);
    expect(separateNodes(discs)).toEqual(separateAllPairs(discs));
  });
});
