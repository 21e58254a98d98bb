// Question and flashcard data reaches the browser only through these fetches of the static JSON
// files (app/data/...), never through an import, so page JavaScript stays the same size however
// large the banks grow. Each file is fetched once per page load.
import type { BankIndex, Flashcard, Question, TopicBank } from "@/lib/content/types";

const cache = new Map<string, Promise<unknown>>();

function load<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    // A failed fetch is forgotten, so "Try again" really tries again.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

export function loadBankIndex(): Promise<BankIndex> {
  return load<BankIndex>("/data/index.json");
}

export function loadTopicBank(slug: string): Promise<TopicBank> {
  return load<TopicBank>(`/data/topics/${encodeURIComponent(slug)}.json`);
}

export type BankItem = { kind: "question"; item: Question } | { kind: "flashcard"; item: Flashcard };

export function findItem(bank: TopicBank, id: string): BankItem | undefined {
  const question = bank.questions.find((q) => q.id === id);
  if (question) return { kind: "question", item: question };
  const flashcard = bank.flashcards.find((f) => f.id === id);
  return flashcard ? { kind: "flashcard", item: flashcard } : undefined;
}
