// Seeded randomness for exams: the same seed always gives the same order, so an attempt stored as
// (question ids, seed) looks identical after a reload. Never Math.random() here: the seed is a
// parameter, chosen once by the caller when the attempt starts.

/** mulberry32: a tiny 32-bit PRNG, good enough to shuffle questions, returns floats in [0, 1). */
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

/** FNV-1a: turns a string into a 32-bit number, to derive per-question seeds from the attempt's. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates on a copy; the input is left alone. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * Display order of one question's options in one attempt. Derived from the attempt seed and the
 * question id rather than stored, so the attempt stays small and a reload shows the same order.
 */
export function optionOrder(seed: number, questionId: string, optionIds: readonly string[]): string[] {
  return shuffle(optionIds, mulberry32((seed ^ hashString(questionId)) >>> 0));
}
