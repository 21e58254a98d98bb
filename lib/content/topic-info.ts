// Topic titles and bank sizes for the exam pages: small, and free of question text.
import "server-only";
import type { TopicInfo } from "@/lib/exam/labels";
import { getBankIndex } from "./index";

export function getTopicInfo(): TopicInfo[] {
  return getBankIndex().topics.map((t) => ({ slug: t.slug, title: t.title, domain: t.domain, count: t.questionIds.length }));
}
