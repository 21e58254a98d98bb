// The review buttons' intervals ("Good · 3 days"), as the store would schedule them.
import type { Grade, StoredCard } from "@/lib/srs/card";
import { APP_FUZZ, useStratus } from "./index";
import type { SchedulerModule } from "./scheduler-port";

/** Milliseconds from `now` until the card would be due again, per rating, as the store would schedule it. */
export function previewIntervals(scheduler: SchedulerModule, card: StoredCard | undefined, retention: number, now: number): Record<Grade, number> {
  const due = scheduler.previewDue(card, now, { retention, fuzz: APP_FUZZ, parameters: useStratus.getState().settings.parameters });
  return { 1: due[1] - now, 2: due[2] - now, 3: due[3] - now, 4: due[4] - now };
}
