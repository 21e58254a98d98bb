// Everything the readiness panel shows, computed from saved progress, the bank index and the clock.
// The computing is lib/readiness's; this hook only gathers its inputs.
import { useMemo } from "react";
import type { BankIndex } from "@/lib/content/types";
import { topAdvice, type Advice } from "@/lib/readiness/advice";
import { examTime } from "@/lib/readiness/exam-plan";
import { domainTitlesOf, profilesOf, readinessDomains, scoredQuestions, type ReadinessProfile } from "@/lib/readiness/inputs";
import { firstAnswersFromLog, predictPrepared, prepare, type Prediction } from "@/lib/readiness/model";
import { studyPlan, type StudyPlan } from "@/lib/readiness/plan";
import { useStratus } from "@/lib/store";
import { selectPassMarkOverride } from "@/lib/store/exam-slice";
import { selectExamPlan } from "@/lib/store/plan-slice";
import type { ExamPlan } from "@/lib/readiness/exam-plan";
import { useNow } from "@/components/store/use-now";
import { useBankIndex } from "./use-bank-index";

export { useBankIndex };

export interface Readiness {
  plan: ExamPlan;
  profile: ReadinessProfile;
  examAt: number;
  today: Prediction;
  onExamDay: Prediction;
  advice: Advice[];
  studyPlan: StudyPlan;
  retention: number;
  newPerDay: number;
}

/** null while loading or when no exam date is set. */
export function useReadiness(index: BankIndex | null): Readiness | null {
  const now = useNow();
  const plan = useStratus(selectExamPlan);
  const cards = useStratus((s) => s.cards);
  const log = useStratus((s) => s.log);
  const settings = useStratus((s) => s.settings);
  const passMark = useStratus(selectPassMarkOverride);
  // Recomputed when progress changes, and at most hourly as time passes: retrievability moves slowly.
  const hour = now === null ? null : Math.floor(now / 3_600_000);

  return useMemo(() => {
    if (!plan || !index || hour === null) return null;
    const at = hour * 3_600_000;
    const offset = new Date(at).getTimezoneOffset();
    const profiles = profilesOf(index, passMark);
    const profile = profiles.find((p) => p.id === plan.profile) ?? profiles[0]!;
    const domains = readinessDomains(index, profile, domainTitlesOf(index));
    const examAt = examTime(plan.date, offset);
    const firstAnswers = firstAnswersFromLog(log);
    const prepared = prepare(domains, cards, firstAnswers);
    const options = { scoredQuestions: scoredQuestions(profile), passMark: profile.passMark / 100, seed: 1 };
    const examMoment = Math.max(at, examAt);
    const onExamDay = predictPrepared(prepared, { ...options, at: examMoment });
    return {
      plan,
      profile,
      examAt,
      today: predictPrepared(prepared, { ...options, at }),
      onExamDay,
      advice: topAdvice(prepared, onExamDay.domains, examMoment, settings.retention),
      studyPlan: studyPlan({
        itemIds: index.topics.flatMap((t) => [...t.questionIds, ...t.flashcardIds]),
        cards,
        now: at,
        examAt,
        offsetMinutes: offset,
        retention: settings.retention,
        newPerDaySetting: settings.newPerDay,
      }),
      retention: settings.retention,
      newPerDay: settings.newPerDay,
    };
  }, [plan, index, hour, cards, log, settings, passMark]);
}
