"use client";
// The progress page below "Am I ready?": every figure, computed from saved progress, the review log
// and the bank index. Its own chunk (progress-view.tsx loads it), so none of this is in the page's
// first JavaScript.
import Link from "@/components/ui/link";
import { useMemo } from "react";
import { chartPassMark } from "@/lib/exam/score";
import type { BankCatalog } from "@/lib/review/catalog";
import { domainMastery, examScores, studyCalendar } from "@/lib/review/progress";
import { dayNumber, startOfDay } from "@/lib/srs/days";
import { dueForecast, dueToday } from "@/lib/srs/queue";
import { trueRetention } from "@/lib/srs/retention";
import { useStratus } from "@/lib/store";
import { selectExamHistory, selectPassMarkOverride } from "@/lib/store/exam-slice";
import { answersPerDay } from "@/lib/store/study-log";
import { useReviewLog } from "@/components/store/use-review-log";
import { muted, textLink } from "@/components/study/styles";
import { DueChart } from "./due-chart";
import { ExamChart } from "./exam-chart";
import { MasteryTable } from "./mastery-table";
import { RetentionTable } from "./retention-table";
import { Section } from "./section";
import { StudyCalendarGrid } from "./study-calendar";

const WEEKS = 16;

export function ProgressDetails({ catalog, now }: { catalog: BankCatalog; now: number }) {
  const cards = useStratus((s) => s.cards);
  const log = useStratus((s) => s.log);
  const history = useStratus(selectExamHistory);
  const passMark = chartPassMark(history, useStratus(selectPassMarkOverride));
  const reviews = useReviewLog();
  const desired = useStratus((s) => s.settings.retention);

  const view = useMemo(() => {
    const offset = new Date(now).getTimezoneOffset();
    const today = dayNumber(now, offset);
    const todayStart = startOfDay(now, offset);
    return {
      today,
      dueToday: dueToday(catalog.ids, cards, now, startOfDay(todayStart + 36 * 3_600_000, offset)),
      forecast: dueForecast(catalog.ids, cards, todayStart, 14),
      mastery: domainMastery(catalog, cards, now),
      calendar: studyCalendar(answersPerDay(log, (at) => dayNumber(at, offset)), today, WEEKS),
    };
  }, [now, catalog, cards, log]);
  const scores = useMemo(() => examScores(history), [history]);
  const retention = useMemo(() => (reviews === null ? null : trueRetention(reviews, now, new Date(now).getTimezoneOffset())), [now, reviews]);

  return (
    <>
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
    </>
  );
}
