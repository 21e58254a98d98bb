"use client";
// The progress page below "Am I ready?": charts and tables of figures the view has computed. Its
// own chunk (progress-view.tsx loads it), so none of this is in the page's first JavaScript.
import Link from "next/link";
import type { DomainMastery, ExamScore, StudyCalendar } from "@/lib/review/progress";
import type { DueToday } from "@/lib/srs/queue";
import type { RetentionRow } from "@/lib/srs/retention";
import { muted, textLink } from "@/components/study/styles";
import { DueChart } from "./due-chart";
import { ExamChart } from "./exam-chart";
import { MasteryTable } from "./mastery-table";
import { RetentionTable } from "./retention-table";
import { Section } from "./section";
import { StudyCalendarGrid } from "./study-calendar";

export interface ProgressFigures {
  today: number;
  dueToday: DueToday;
  forecast: number[];
  mastery: DomainMastery[];
  calendar: StudyCalendar;
}

interface ProgressDetailsProps {
  view: ProgressFigures;
  /** Null while the review log is read. */
  retention: RetentionRow[] | null;
  desired: number;
  scores: ExamScore[];
  passMark: number;
  weeks: number;
}

export default function ProgressDetails({ view, retention, desired, scores, passMark, weeks }: ProgressDetailsProps) {
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
        <StudyCalendarGrid calendar={view.calendar} weeks={weeks} />
      </Section>
    </>
  );
}
