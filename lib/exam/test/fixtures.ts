// Small hand-made questions for engine tests: independent of the live content, so tests pin
// behaviour rather than whatever the banks say today.
import type { Question } from "@/lib/content/types";
import type { ExamAttempt } from "../types";

export const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
export const SEED = 20260115;

export function question(id: string, topic: string, correct: string[], optionCount = 4): Question {
  const ids = ["a", "b", "c", "d", "e", "f"].slice(0, optionCount);
  return {
    id,
    topic,
    kind: correct.length > 1 ? "multiple" : "single",
    choose: correct.length,
    difficulty: "medium",
    stemHtml: `<p>Stem of ${id}</p>`,
    stemText: `Stem of ${id}`,
    options: ids.map((o) => ({
      id: o,
      html: `<p>${id} option ${o}</p>`,
      text: `${id} option ${o}`,
      correct: correct.includes(o),
      rationaleHtml: `<p>Why ${o}</p>`,
    })),
    explanationHtml: `<p>Explanation of ${id}</p>`,
    source: { topic, anchor: `${id}-section`, label: `Section for ${id}` },
  };
}

/** q1, q2 single answer (b correct); q3 multiple response (a and c); q4 single in another topic. */
export const QUESTIONS: Question[] = [
  question("q1", "alpha", ["b"]),
  question("q2", "alpha", ["b"]),
  question("q3", "alpha", ["a", "c"], 5),
  question("q4", "beta", ["d"]),
];

export const QUESTION_MAP: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

export function attempt(overrides: Partial<ExamAttempt> = {}): ExamAttempt {
  return {
    id: "test-attempt",
    config: { kind: "custom", mode: "exam", topics: ["alpha", "beta"], minutes: 10 },
    seed: SEED,
    questionIds: ["q1", "q2", "q3", "q4"],
    answers: {},
    flagged: [],
    checked: [],
    current: 0,
    startedAt: NOW,
    deadline: NOW + 10 * 60_000,
    status: "running",
    ...overrides,
  };
}
