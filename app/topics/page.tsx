import type { Metadata } from "next";
import { TopicCard } from "@/components/topic/topic-card";
import { getContent } from "@/lib/content";
import { buildCatalog } from "@/lib/content/catalog";

export const metadata: Metadata = {
  title: "Topics",
  description: "Every topic in Stratus, grouped by exam domain, with how many questions and flashcards each has.",
};

export default function TopicsPage() {
  const catalog = buildCatalog(getContent());
  return (
    <div className="flex flex-col gap-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Topics</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Notes grouped by exam domain. Read a topic, then practise its questions and flashcards from the end of the page.
        </p>
      </header>
      {catalog.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No topics yet: add notes to the content folder.</p>
      ) : (
        catalog.map((domain) => (
          <section key={domain.id} aria-labelledby={`domain-${domain.id}`}>
            <h2 id={`domain-${domain.id}`} className="text-2xl font-bold tracking-tight">
              {domain.title}
            </h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{domain.blurb}</p>
            <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {domain.topics.map((topic) => (
                <li key={topic.slug}>
                  <TopicCard topic={topic} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
