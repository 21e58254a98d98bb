// Applying fitted scheduler parameters, or going back to the defaults: every card whose whole
// history is in the log is rescheduled from it. Loaded only by the optimiser panel.
import type { StoredCard } from "@/lib/srs/card";
import { histories } from "@/lib/srs/optimiser/fit";
import { rescheduleCard } from "@/lib/srs/optimiser/reschedule";
import type { StratusStore } from "./index";

export interface ApplySummary {
  rescheduled: number;
  /** Cards whose early history predates the full log: they keep their schedule, and use the new parameters from their next review. */
  kept: number;
}

export async function applyParameters(store: StratusStore, parameters: number[] | undefined, fuzz: boolean, now: number): Promise<ApplySummary> {
  const { reviews } = await store.reviewLog.read();
  const { cards, settings } = store.getState();
  const options = { retention: settings.retention, fuzz, parameters };
  const next: Record<string, StoredCard> = {};
  for (const h of histories(reviews, 0)) {
    if (!cards[h.item]) continue;
    const card = rescheduleCard(h, options, now);
    if (card) next[h.item] = card;
  }
  store.getState().setParameters(parameters, next, now);
  const rescheduled = Object.keys(next).length;
  return { rescheduled, kept: Object.keys(cards).length - rescheduled };
}
