"use client";
// The progress page's live part: everything here is read from saved progress after hydration.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useMemo } from "react";
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
import { muted, panel, textLink } from "@/components/study/styles";
import { DueChart } from "./due-chart";
import { ExamChart } from "./exam-chart";
import { MasteryTable } from "./mastery-table";
import { RetentionTable } from "./retention-table";
import { StudyCalendarGrid } from "./study-calendar";

const WEEKS = 16;

// The model and its charts load in their own chunk, after the page's own figures.
const ReadinessPanel = dynamic(() => import("@/components/readiness/readiness-panel").then((m) => m.ReadinessPanel), {
  ssr: false,
  loading: () => <p aria-busy="true" className={muted}>Loading your readiness…</p>,
});

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${panel} space-y-3`}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ProgressView() {
  const hydrated = useHydrated();
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
        <ReadinessPanel />
      </Section>
      <Section id="due-title" title="Reviews due, next 14 days">
        <DueChart counts={view.forecast} today={view.today} dueToday={view.dueToday} />
      </Section>
      <Section id="mastery-title" title="Mastery by topic">
        <p className={`text-sm ${muted}`}>The share of each domain&apos;s and topic&apos;s questions and flashcards you are likely to recall today.</p>
        <MasteryTable groups={view.mastery} />
      </Section>
      <Section id="retention-title" title="True retention">
        {retention ? <RetentionTable rows={retention} desired={desired} /> : <p aria-busy="true" className={muted}>Reading your review history…</p>}
      </Section>
      <Section id="exams-title" title="Exam scores">
        {scores.length > 0 ? (
          <ExamChart scores={scores} passMark={passMark} />
        ) : (
          <p>
            No exams finished yet.{" "}
            <Link className={textLink} href="/exam/">
              Sit a practice exam
            </Link>{" "}
            to see your scores over time.
          </p>
        )}
      </Section>
      <Section id="calendar-title" title="Study days">
        <StudyCalendarGrid calendar={view.calendar} weeks={WEEKS} />
      </Section>
    </div>
  );
}
