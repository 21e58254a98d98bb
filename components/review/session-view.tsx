"use client";
// A review session: picks the next card from the plan, shows it, records the answer. Loaded in its
// own chunk by review-session.tsx. The schedule itself is computed in lib (session plan, store);
// this only renders and dispatches.
import { useLayoutEffect, useMemo, useState } from "react";
import type { BankCatalog, ItemRef } from "@/lib/review/catalog";
import { planSession, type SessionMode } from "@/lib/review/session";
import type { Grade } from "@/lib/srs/card";
import { startOfDay } from "@/lib/srs/days";
import { useStratus } from "@/lib/store";
import type { AnswerEvent } from "@/lib/store/answer-event";
import { refreshNow } from "@/components/store/use-now";
import { ReviewCounts } from "./review-counts";
import { ReviewItem } from "./review-item";
import { SessionDone } from "./session-done";

function todayStart(now: number): number {
  return startOfDay(now, new Date(now).getTimezoneOffset());
}

interface SessionProps {
  urlMode: SessionMode;
  catalog: BankCatalog;
  now: number;
  /** Called once the session shows its first card loaded, or that there is none. */
  onReady: (ready: true) => void;
}

export function Session({ urlMode, catalog, now, onReady }: SessionProps) {
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
