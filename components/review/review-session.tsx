"use client";
// The review page's live part: picks the next card from the plan, shows it, records the answer.
// The schedule itself is computed in lib (session plan, store); this only renders and dispatches.
import Link from "next/link";
import { useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";
import { FIRST_CARD_ID, isFreshVisitor } from "@/lib/review/first-card";
import { planSession, modeFromSearch, type BankCatalog, type ItemRef, type SessionMode } from "@/lib/review/session";
import type { Grade } from "@/lib/srs/card";
import { startOfDay } from "@/lib/srs/days";
import { useStratus } from "@/lib/store";
import { STORAGE_KEY } from "@/lib/store/key";
import { DEFAULT_SETTINGS } from "@/lib/store/study-slice";
import type { AnswerEvent } from "@/lib/store/answer-event";
import { useCatalog } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { useScheduler } from "@/components/store/use-scheduler";
import { refreshNow, useNow } from "@/components/store/use-now";
import { muted, textLink } from "@/components/study/styles";
import { ReviewCounts } from "./review-counts";
import { ReviewItem } from "./review-item";
import { SessionDone } from "./session-done";

function todayStart(now: number): number {
  return startOfDay(now, new Date(now).getTimezoneOffset());
}

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
  } else if (!hydrated || now === null || catalog.status === "loading") {
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
    body = <Session key={search.toString()} urlMode={urlMode} catalog={catalog.data} now={now} onReady={setLiveCardReady} />;
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

interface SessionProps {
  urlMode: SessionMode;
  catalog: BankCatalog;
  now: number;
  /** Called once the session shows its first card loaded, or that there is none. */
  onReady: (ready: true) => void;
}

function Session({ urlMode, catalog, now, onReady }: SessionProps) {
  const cards = useStratus((s) => s.cards);
  const log = useStratus((s) => s.log);
  const settings = useStratus((s) => s.settings);
  const [ahead, setAhead] = useState(false);
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [tally, setTally] = useState({ right: 0, wrong: 0, cards: 0 });
  /** The card on screen once the candidate has started on it, so nothing swaps it mid-answer. */
  const [pinned, setPinned] = useState<string | null>(null);

  const mode: SessionMode = urlMode.kind === "topic" ? { ...urlMode, ahead } : urlMode;
  const plan = useMemo(
    () => planSession(mode, catalog, { cards, log, settings }, now, todayStart(now), answered),
    // `mode` is rebuilt each render from urlMode and ahead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [urlMode, ahead, catalog, cards, log, settings, now, answered],
  );
  const currentId = pinned ?? plan.next;
  const current: ItemRef | undefined = currentId ? catalog.byId.get(currentId) : undefined;
  useLayoutEffect(() => {
    if (!current) onReady(true);
  }, [current, onReady]);

  function record(ref: ItemRef, answer: Pick<AnswerEvent, "correct" | "chosen" | "rating">) {
    useStratus.getState().recordAnswers([{ itemId: ref.id, kind: ref.kind, topic: ref.topic, source: "review", at: Date.now(), ...answer }]);
  }

  /** After an answer: on to whatever the plan now says comes next. */
  function advance(ref: ItemRef) {
    const done = new Set(answered).add(ref.id);
    setAnswered(done);
    setPinned(null);
    refreshNow();
  }

  function rate(ref: ItemRef, grade: Grade, chosen?: string[]) {
    record(ref, ref.kind === "question" ? { correct: true, chosen, rating: grade } : { rating: grade });
    setTally((t) => (ref.kind === "question" ? { ...t, right: t.right + 1 } : { ...t, cards: t.cards + 1 }));
    advance(ref);
  }

  function miss(ref: ItemRef, chosen: string[]) {
    record(ref, { correct: false, chosen, rating: 1 });
    setTally((t) => ({ ...t, wrong: t.wrong + 1 }));
  }

  return (
    <div className="space-y-6">
      <ReviewCounts mode={mode} plan={plan} answeredInSession={answered.size} />
      {current ? (
        <ReviewItem
          key={`${current.id}:${answered.size}`}
          item={current}
          topicTitle={catalog.topics.find((t) => t.slug === current.topic)?.title ?? current.topic}
          now={now}
          onStart={() => setPinned(current.id)}
          onWrong={(chosen) => miss(current, chosen)}
          onNext={() => advance(current)}
          onRate={(grade, chosen) => rate(current, grade, chosen)}
          onLoaded={() => onReady(true)}
        />
      ) : (
        <SessionDone
          mode={mode}
          plan={plan}
          now={now}
          tally={tally}
          newPerDay={settings.newPerDay}
          onPractiseAhead={() => setAhead(true)}
        />
      )}
    </div>
  );
}
