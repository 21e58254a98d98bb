// The candidate's exam plan (profile and date). Another slice's key, so it is saved, exported and
// merged across tabs like the others (newest write wins); a stored value that is not a valid plan is
// kept as it is, read as "no plan", and replaced only when the candidate sets a new one.
import type { StateCreator } from "zustand";
import { isExamPlan, type ExamPlan } from "@/lib/readiness/exam-plan";
import type { StratusState } from "./index";

export interface PlanSlice {
  examPlan: ExamPlan | null;
  setExamPlan: (plan: Omit<ExamPlan, "updatedAt"> | null, now: number) => void;
}

export function selectExamPlan(state: Pick<PlanSlice, "examPlan">): ExamPlan | null {
  return isExamPlan(state.examPlan) ? state.examPlan : null;
}

export const createPlanSlice: StateCreator<StratusState, [], [], PlanSlice> = (set) => ({
  examPlan: null,
  setExamPlan: (plan, now) => set({ examPlan: plan && isExamPlan({ ...plan, updatedAt: now }) ? { ...plan, updatedAt: now } : null }),
});
