// The order in which never-studied cards are introduced. Bank order would bring every question of
// the first topic before its first flashcard, and the first topic before the second. Instead, as
// Anki's random new-card order does, cards are mixed across topics and kinds, and the mix is fixed
// by a seed: the same order on every day and after every reload, so "new today" never reshuffles.
//
// Each group (one topic's questions, one topic's flashcards) is spread evenly over the whole order:
// the k-th of a group's n cards gets a position in [k/n, (k+1)/n), jittered by a hash of its id.
// So any stretch of the order (a day's 20 new cards) holds each group in proportion to its size,
// rather than only on average as a plain shuffle would.
import { seededUnit } from "./shuffle";

export interface NewCardGroup {
  ids: readonly string[];
}

export function interleaveNew(groups: readonly NewCardGroup[], seed: string): string[] {
  const keyed: { id: string; key: number; tie: number }[] = [];
  for (const group of groups) {
    const n = group.ids.length;
    const ranked = group.ids.map((id) => ({ id, h: seededUnit(`${seed}:order:${id}`) })).sort((a, b) => a.h - b.h || (a.id < b.id ? -1 : 1));
    ranked.forEach(({ id }, k) => {
      const jitter = seededUnit(`${seed}:place:${id}`);
      keyed.push({ id, key: (k + jitter) / n, tie: seededUnit(`${seed}:tie:${id}`) });
    });
  }
  keyed.sort((a, b) => a.key - b.key || a.tie - b.tie || (a.id < b.id ? -1 : 1));
  return keyed.map((k) => k.id);
}

/** Fixed, so every browser and every day sees the same order for the same bank. */
export const NEW_ORDER_SEED = "stratus-new-cards";
