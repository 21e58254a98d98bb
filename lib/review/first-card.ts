// The review page's first card for a visitor with nothing saved yet, painted from the static HTML
// (issue 16): it is the same for everyone who has not studied, because new cards come in one fixed,
// seeded order. Anyone else (saved progress, changed settings, a ?topic= or ?ids= address) waits
// for the live page, which plans from their own data.
import { catalogOf, planSession, type BankCatalog, type ItemRef, type SessionPlan } from "./session";
import type { BankIndex } from "@/lib/content/types";

/** The wrapper of the static first card: hidden in the HTML, shown by the inline script for a fresh visitor. */
export const FIRST_CARD_ID = "review-first-card";

/**
 * Whether this visitor sees exactly what an empty store plans: nothing saved (or saved data with no
 * cards, no answers and the default new-card limit) and no session in the address. Damaged data is
 * not fresh. Runs in the page's inline script too (as its source text): self-contained, never throws.
 */
export function isFreshVisitor(saved: string | null, search: string, defaultNewPerDay: number): boolean {
  try {
    if (search && search !== "?") return false;
    if (saved === null) return true;
    const state = JSON.parse(saved)?.state;
    if (!state || typeof state !== "object") return false;
    const empty = (value: unknown) => value === undefined || value === null || (typeof value === "object" && Object.keys(value).length === 0);
    return empty(state.cards) && empty(state.log) && (state.settings?.newPerDay ?? defaultNewPerDay) === defaultNewPerDay;
  } catch {
    return false;
  }
}

/** Source of the inline script that shows the static first card to a fresh visitor. */
export function firstCardScript(storageKey: string, defaultNewPerDay: number): string {
  return `(function(){try{var w=document.getElementById(${JSON.stringify(FIRST_CARD_ID)});if(w&&(${isFreshVisitor.toString()})(localStorage.getItem(${JSON.stringify(storageKey)}),location.search,${JSON.stringify(defaultNewPerDay)}))w.hidden=false}catch(e){}})();`;
}

export interface FirstCard {
  item: ItemRef;
  plan: SessionPlan;
  catalog: BankCatalog;
}

/**
 * What an empty store's review session shows first ("due" mode), or undefined with nothing to review.
 * With no cards and no answers nothing is due and nothing was done today, so the clock plays no part.
 */
export function firstCardOf(index: Pick<BankIndex, "topics">, newPerDay: number): FirstCard | undefined {
  const catalog = catalogOf(index);
  const plan = planSession({ kind: "due" }, catalog, { cards: {}, log: {}, settings: { newPerDay } }, 0, 0, new Set());
  const item = plan.next ? catalog.byId.get(plan.next) : undefined;
  return item ? { item, plan, catalog } : undefined;
}
