// Client-side access to the static bank files (/data/index.json, /data/topics/<slug>.json). Question
// text is fetched when a page needs it, never bundled into page JavaScript. Each file is fetched
// once per page load; a failed fetch is forgotten so a retry can succeed.
import { withBasePath } from "@/lib/content/links";
import type { BankIndex, Flashcard, Question, TopicBank } from "@/lib/content/types";
import type { ReportTarget } from "@/lib/report/issue-link";
import { EARLY_FETCHES } from "./early-fetches";

const cache = new Map<string, Promise<unknown>>();

const taken = new Set<string>();

/** The fetches of this page load by URL, shared with the running-exam page's inline script
 * (lib/exam/early-paint): each side starts only what the other has not. */
function sharedFetches(): Record<string, Promise<Response>> | undefined {
  if (typeof window === "undefined") return undefined;
  const w = window as unknown as Record<string, Record<string, Promise<Response>> | undefined>;
  return (w[EARLY_FETCHES] ??= {});
}

/** A fetch the inline script started is taken over once (left in place, so that script never starts
 * it again); a retry, or a file it did not start, is fetched here and noted for the script. */
function startFetch(url: string): Promise<Response> {
  const shared = sharedFetches();
  const early = taken.has(url) ? undefined : shared?.[url];
  const response = early ?? fetch(url);
  if (shared) shared[url] = response;
  taken.add(url);
  return response;
}

function getJson<T>(url: string, ifMissing?: T): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = startFetch(url).then((response) => {
      if (response.status === 404 && ifMissing !== undefined) return ifMissing;
      if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
      return response.json() as Promise<T>;
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

let loadedIndex: BankIndex | null = null;

export function fetchBankIndex(): Promise<BankIndex> {
  const pending = getJson<BankIndex>(withBasePath("/data/index.json"));
  void pending.then((index) => (loadedIndex = index), () => {});
  return pending;
}

/** The bank index if this page has loaded it already: a part shown later renders with it at once,
 * instead of saying it is loading for a frame (and then growing under the reader's eyes). */
export function loadedBankIndex(): BankIndex | null {
  return loadedIndex;
}

/** A topic removed from the site since an attempt began reads as empty, so the attempt can still
 * finish; a network failure is an error, so nothing is scored against half-loaded data. */
export function fetchTopicBank(slug: string): Promise<TopicBank> {
  return getJson<TopicBank>(withBasePath(`/data/topics/${encodeURIComponent(slug)}.json`), { topic: slug, questions: [], flashcards: [] });
}

/** The questions with these ids, by id: fetches only the topics that hold them (a mock of 65
 * questions touches a few topics of a large bank, not all of them). */
export async function fetchQuestionsById(ids: readonly string[]): Promise<Map<string, Question>> {
  const wanted = new Set(ids);
  const index = await fetchBankIndex();
  const topics = index.topics.filter((t) => t.questionIds.some((id) => wanted.has(id))).map((t) => t.slug);
  const questions = await fetchQuestions(topics);
  return new Map([...questions].filter(([id]) => wanted.has(id)));
}

/** Every question of the given topics, by id. */
export async function fetchQuestions(topics: readonly string[]): Promise<Map<string, Question>> {
  const banks = await Promise.all([...new Set(topics)].map(fetchTopicBank));
  return new Map(banks.flatMap((bank) => bank.questions.map((q) => [q.id, q] as const)));
}

export type BankItem = { kind: "question"; item: Question } | { kind: "flashcard"; item: Flashcard };

/** A question or flashcard of a topic's bank, by id. */
export function findItem(bank: TopicBank, id: string): BankItem | undefined {
  const question = bank.questions.find((q) => q.id === id);
  if (question) return { kind: "question", item: question };
  const flashcard = bank.flashcards.find((f) => f.id === id);
  return flashcard ? { kind: "flashcard", item: flashcard } : undefined;
}

/** Where "Report a problem" goes, from the subject config in the index; undefined when not set. */
export async function fetchReportTarget(): Promise<ReportTarget | undefined> {
  const index = await fetchBankIndex();
  // Most subjects name nowhere to report to: then the checker is never loaded.
  if (!(index as { subject?: { report?: unknown } }).subject?.report) return undefined;
  const { reportTargetOf } = await import("@/lib/report/issue-link");
  return reportTargetOf(index);
}
