/**
 * Starting positions as a function of the node ids and a seed, so that fCoSE (run without
 * randomisation) gives the same picture for the same plan, filters and seed on every run.
 */
export function seededPosition(id: string, seed: number): { x: number; y: number } {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  const a = ((h >>> 0) % 10_000) / 10_000;
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  const r = ((h >>> 0) % 10_000) / 10_000;
  const angle = a * 2 * Math.PI;
  const radius = 150 + 450 * Math.sqrt(r);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Mulberry32: a small, fast generator whose sequence is fixed by its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random replaced by a generator seeded with `seed`, then restores it.
 * fCoSE and cose-base draw their spectral start from Math.random itself and take no
 * generator as an option, so a seeded source cannot be handed to them; the swap is the
 * narrowest way to make a layout reproducible. It lasts only for one synchronous,
 * non-animated run, during which no other code of the page or worker can run.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32((seed * 2654435761) >>> 0 || 1);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
