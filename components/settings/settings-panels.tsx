"use client";
// Every settings panel below "Study", in one chunk of its own (settings-view.tsx loads it).
export { ExamPlanSettings } from "@/components/readiness/exam-plan-settings";
export { OfflinePanel } from "./offline-panel";
export { OptimiserPanel } from "./optimiser-panel";
export { ResetPanel } from "./reset-panel";
export { StoragePanel } from "./storage-panel";
export { TransferPanel } from "./transfer-panel";
