// Scheduler, answer history and settings. Skeleton: the review work (issue 5) fills it in.
import type { StateCreator } from "zustand";
import type { AnswerEvent } from "./answer-event";
import type { StratusState } from "./index";

export interface StudySlice {
  /** Every answer anywhere goes through here. */
  recordAnswers: (events: AnswerEvent[]) => void;
}

export const createStudySlice: StateCreator<StratusState, [], [], StudySlice> = () => ({
  recordAnswers: () => {},
});
