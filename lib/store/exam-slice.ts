// The exam in progress and past attempts. Skeleton: the exam work (issue 4) fills it in.
import type { StateCreator } from "zustand";
import type { StratusState } from "./index";

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExamSlice {}

export const createExamSlice: StateCreator<StratusState, [], [], ExamSlice> = () => ({});
