// Option order for a question in review: shuffled so a candidate learns the answer, not its
// position, yet stable for a given seed (item id + review count) so a re-render never reorders.

/** FNV-1a: a small, well-spread hash of the seed string. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator, uniform enough for ordering a handful of options. */
export function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..length-1 (Fisher–Yates) determined by `seed`. */
export function shuffledOrder(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_, i) => i);
  const random = generator(hashSeed(seed));
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A number in [0, 1) fixed by `seed`: the seed's hash through one step of the generator, which
 * spreads seeds that differ only in their last characters. */
export function seededUnit(seed: string): number {
  return generator(hashSeed(seed))();
}
