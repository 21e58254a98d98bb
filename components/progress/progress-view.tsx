"use client";
// The progress page's live part: everything here is read from saved progress after hydration.
import { lazy, Suspense, useEffect, useMemo } from "react";
import { chartPassMark } from "@/lib/exam/score";
import { domainMastery, examScores, studyCalendar } from "@/lib/review/progress";
import { dayNumber, startOfDay } from "@/lib/srs/days";
import { dueForecast, dueToday } from "@/lib/srs/queue";
import { trueRetention } from "@/lib/srs/retention";
import { useStratus } from "@/lib/store";
import { selectExamHistory, selectPassMarkOverride } from "@/lib/store/exam-slice";
import { answersPerDay } from "@/lib/store/study-log";
import { useCatalog } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { useNow } from "@/components/store/use-now";
import { useReviewLog } from "@/components/store/use-review-log";
import { muted } from "@/components/study/styles";
import { Section } from "./section";

const WEEKS = 16;

// Two parts load in their own chunks, so the page's first JavaScript is only what computes the
// figures (React.lazy, not next/dynamic: neither renders on the server, since the view waits for
// saved progress, and next/dynamic's loader would itself add ~1.5 KiB to the page):
// - the readiness model and its charts, after the page's own figures;
// - the charts and tables below it, requested on mount so they arrive while the bank index loads.
const ReadinessPanel = lazy(() => import("@/components/readiness/readiness-panel").then((m) => ({ default: m.ReadinessPanel })));
const loadDetails = () => import("./progress-details");
const ProgressDetails = lazy(loadDetails);

export function ProgressView() {
  const hydrated = useHydrated();
  useEffect(() => void loadDetails(), []);
  const now = useNow();
  const catalog = useCatalog();
  const cards = useStratus((s) => s.cards);
  const log = useStratus((s) => s.log);
  const history = useStratus(selectExamHistory);
  const passMark = chartPassMark(history, useStratus(selectPassMarkOverride));
  const reviews = useReviewLog();
  const desired = useStratus((s) => s.settings.retention);

  const view = useMemo(() => {
    if (now === null || catalog.status !== "ready") return null;
    const offset = new Date(now).getTimezoneOffset();
    const today = dayNumber(now, offset);
    const todayStart = startOfDay(now, offset);
    return {
      today,
      dueToday: dueToday(catalog.data.ids, cards, now, startOfDay(todayStart + 36 * 3_600_000, offset)),
      forecast: dueForecast(catalog.data.ids, cards, todayStart, 14),
      mastery: domainMastery(catalog.data, cards, now),
      calendar: studyCalendar(answersPerDay(log, (at) => dayNumber(at, offset)), today, WEEKS),
    };
  }, [now, catalog, cards, log]);
  const scores = useMemo(() => examScores(history), [history]);
  const retention = useMemo(
    () => (now === null || reviews === null ? null : trueRetention(reviews, now, new Date(now).getTimezoneOffset())),
    [now, reviews],
  );

  if (catalog.status === "error") return <p role="alert">The question bank could not be loaded ({catalog.message}). Reload to try again.</p>;
  if (!hydrated || !view) return <p aria-busy="true" className={muted}>Loading your progress…</p>;

  return (
    <div className="grid gap-6">
      <Section id="readiness-title" title="Am I ready?">
        <Suspense fallback={<p aria-busy="true" className={muted}>Loading your readiness…</p>}>
          <ReadinessPanel />
        </Suspense>
      </Section>
      <Suspense fallback={<p aria-busy="true" className={muted}>Loading your charts…</p>}>
        <ProgressDetails view={view} retention={retention} desired={desired} scores={scores} passMark={passMark} weeks={WEEKS} />
      </Suspense>
    </div>
  );
}
