// The question on the running exam's screen, kept beside the store so a reload (or a tab opened
// again) paints it in the page's first frame: the inline script of lib/exam/early-paint reads it
// before any page JavaScript or data file has loaded.
//
// It is a copy of what is on screen, not progress: the saved attempt stays the only record of the
// exam. The script uses it only when it names the saved attempt and the question that attempt is on;
// anything else (an older exam, another tab's question, damaged text) makes it fetch the question
// instead, and the copy is overwritten or removed the next time the exam page runs.
import type { Question } from "@/lib/content/types";
import { browserLocalStorage } from "./browser-storage";
import { STORAGE_KEY } from "./key";

export const EXAM_SCREEN_KEY = `${STORAGE_KEY}:exam-screen`;

export interface ExamScreen {
  attemptId: string;
  questionId: string;
  topicTitle: string;
  stemHtml: string;
  choose: number;
}

export function examScreen(attemptId: string, question: Pick<Question, "id" | "stemHtml" | "choose">, topicTitle: string): ExamScreen {
  return { attemptId, questionId: question.id, topicTitle, stemHtml: question.stemHtml, choose: question.choose };
}

/** Best effort: without room for it, a reload fetches the question as before. */
export function saveExamScreen(screen: ExamScreen): void {
  try {
    browserLocalStorage()?.setItem(EXAM_SCREEN_KEY, JSON.stringify(screen));
  } catch {
    // Full: an older copy must not stay behind as if it were this question's.
    clearExamScreen();
  }
}

export function clearExamScreen(): void {
  try {
    browserLocalStorage()?.removeItem(EXAM_SCREEN_KEY);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}
