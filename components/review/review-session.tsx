"use client";
// The review page's live part: picks the next card from the plan, shows it, records the answer.
// The schedule itself is computed in lib (session plan, store); this only renders and dispatches.
import Link from "@/components/ui/link";
import { useMemo, useState, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";
import { FIRST_CARD_ID, isFreshVisitor } from "@/lib/review/first-card";
import { modeFromSearch } from "@/lib/review/session-mode";
import { STORAGE_KEY } from "@/lib/store/key";
import { DEFAULT_SETTINGS } from "@/lib/store/study-slice";
import { useCatalog } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { useScheduler } from "@/components/store/use-scheduler";
import { useNow } from "@/components/store/use-now";
import { muted, textLink } from "@/components/study/styles";
import { useLoaded } from "@/components/ui/use-loaded";

// The session (its plan, the card, the answer and rating controls, the end screen) cannot show
// anything before the bank index has arrived, and its card waits for the topic file after that.
// So it loads in its own chunk, requested on mount: it arrives while the index loads, and the
// page's first JavaScript is only this shell. A fresh visitor sees the static first card meanwhile.
const loadSession = () => import("./session-view");

/** Whether the static first card (components/review/first-card) is this visitor's: read once, in the browser. */
function firstCardApplies(): boolean {
  try {
    return isFreshVisitor(localStorage.getItem(STORAGE_KEY), location.search, DEFAULT_SETTINGS.newPerDay);
  } catch {
    return false;
  }
}

/**
 * `firstCard`: the static first card of a visitor with nothing saved, which the page's HTML may
 * already show; it stays until the live card has loaded (then they are the same card).
 */
export function ReviewSession({ firstCard }: { firstCard?: ReactNode }) {
  // Start loading FSRS with the page, in parallel with saved progress and the bank.
  useScheduler();
  const session = useLoaded(loadSession);
  const search = useSearchParams();
  // Rendered in the browser only (useSearchParams makes the page's HTML the Suspense fallback).
  const [firstCardShown] = useState(() => firstCard !== undefined && typeof window !== "undefined" && firstCardApplies());
  const [liveCardReady, setLiveCardReady] = useState(false);
  const urlMode = useMemo(() => modeFromSearch(new URLSearchParams(search.toString())), [search]);
  const hydrated = useHydrated();
  const now = useNow();
  const catalog = useCatalog();
  const topicTitle =
    urlMode.kind === "topic" && catalog.status === "ready" ? catalog.data.topics.find((t) => t.slug === urlMode.topic)?.title : undefined;

  const showFirstCard = firstCardShown && !liveCardReady && catalog.status !== "error" && urlMode.kind === "due";
  let body: React.ReactNode;
  if (catalog.status === "error") {
    body = (
      <p role="alert" className="text-red-800 dark:text-red-300">
        The question bank could not be loaded ({catalog.message}). Check your connection and reload the page.
      </p>
    );
  } else if (!hydrated || now === null || catalog.status === "loading" || !session) {
    body = (
      <p aria-busy="true" className={muted}>
        Loading your reviews…
      </p>
    );
  } else if (urlMode.kind === "topic" && !topicTitle) {
    body = (
      <p role="alert">
        There is no topic called “{urlMode.topic}”.{" "}
        <Link className={textLink} href="/topics/">
          Choose a topic
        </Link>{" "}
        or{" "}
        <Link className={textLink} href="/review/">
          review everything due
        </Link>
        .
      </p>
    );
  } else {
    // Keyed by the address so a new "Practise these" link starts a fresh session.
    body = <session.Session key={search.toString()} urlMode={urlMode} catalog={catalog.data} now={now} onReady={setLiveCardReady} />;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {urlMode.kind === "ids" ? "Practise these questions" : topicTitle ? `Review: ${topicTitle}` : "Review"}
      </h1>
      {showFirstCard && <div id={FIRST_CARD_ID}>{firstCard}</div>}
      {showFirstCard ? <div hidden>{body}</div> : body}
    </div>
  );
}
