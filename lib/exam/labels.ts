// Words for exam kinds and topics, shared by the start screen, the history and the results.
import type { DomainId } from "@/lib/content/types";
import type { ExamConfig } from "./types";

/** What the exam pages know about a topic: enough to label it and size a custom exam. */
export interface TopicInfo {
  slug: string;
  title: string;
  domain: DomainId;
  /** Questions in its bank. */
  count: number;
}

/** An attempt's name when it has no profile name. */
export const EXAM_KIND_NAMES: Record<ExamConfig["kind"], string> = {
  profile: "Exam",
  full: "Full mock",
  quick: "Quick check",
  custom: "Custom exam",
  retake: "Retake of missed questions",
};

export function examLabel(config: ExamConfig): string {
  const kind = config.profile?.name ?? EXAM_KIND_NAMES[config.kind];
  return config.mode === "practice" ? `${kind} (practice mode)` : kind;
}

export function topicTitle(topics: readonly TopicInfo[], slug: string): string {
  return topics.find((t) => t.slug === slug)?.title ?? slug;
}

/** Parses `?topics=a,b`, keeping only topics that exist and have questions. */
export function parseTopicList(param: string | null, topics: readonly TopicInfo[]): string[] {
  if (!param) return [];
  const wanted = new Set(param.split(",").map((s) => s.trim()).filter(Boolean));
  return topics.filter((t) => wanted.has(t.slug) && t.count > 0).map((t) => t.slug);
}
