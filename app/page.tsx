import Link from "@/components/ui/link";
import { HomeExamNotice } from "@/components/exam/home-exam-notice";
import { HomeReadinessSlot } from "@/components/readiness/home-readiness-slot";
import { BankCounts } from "@/components/topic/bank-counts";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getContent, getSummary } from "@/lib/content";
import { buildCatalog } from "@/lib/content/catalog";
import { countLabel } from "@/lib/format";
import { topicPath } from "@/lib/content/links";

export default function HomePage() {
  const content = getContent();
  const { subject } = content;
  const catalog = buildCatalog(content);
  const { totals } = getSummary();
  const firstTopic = catalog[0]?.topics[0];

  return (
    <div className="flex flex-col gap-14">
      <HomeExamNotice />
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {subject.title}
        </h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{subject.tagline}</p>
        <p className="mt-3 text-slate-600 dark:text-slate-400">
          Everything runs in your browser. Your progress stays on this device: no account, no tracking.
        </p>
        <p className="mt-5 font-medium tabular-nums">
          {countLabel(totals.topics, "topic")} · {countLabel(totals.questions, "question")} ·{" "}
          {countLabel(totals.flashcards, "flashcard")}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href={firstTopic ? topicPath(firstTopic.slug) : "/topics/"}>
            {firstTopic ? `Start with ${firstTopic.title}` : "Browse topics"}
          </ButtonLink>
          <ButtonLink href="/exam/" variant="secondary">
            Take a practice exam
          </ButtonLink>
        </div>
      </section>

      <HomeReadinessSlot />

      <section aria-labelledby="where-to-start">
        <h2 id="where-to-start" className="text-2xl font-bold tracking-tight">
          Where to start
        </h2>
        <ol className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Step number={1} title="Read a topic">
            Each topic is a single page of notes with the facts the exam tests. Start with{" "}
            {firstTopic ? <TextLink href={topicPath(firstTopic.slug)}>{firstTopic.title}</TextLink> : "any topic"} or
            pick from <TextLink href="/topics/">all topics</TextLink>.
          </Step>
          <Step number={2} title="Practise it">
            At the end of a topic, practise its questions and flashcards. Every answer explains why, and links back to
            the section it tests.
          </Step>
          <Step number={3} title="Sit a timed exam">
            When several topics feel solid, take a <TextLink href="/exam/">practice exam</TextLink> against the clock,
            scored like the real one.
          </Step>
          <Step number={4} title="Review what slips">
            <TextLink href="/review/">Spaced review</TextLink> schedules each card just before you would forget it, and{" "}
            <TextLink href="/missed/">Missed</TextLink> collects the questions you got wrong.
          </Step>
        </ol>
      </section>

      <section aria-labelledby="topics">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="topics" className="text-2xl font-bold tracking-tight">
            Topics
          </h2>
          <TextLink href="/topics/">All topics with summaries</TextLink>
        </div>
        {catalog.length === 0 ? (
          <p className="mt-4 text-slate-700 dark:text-slate-300">No topics yet: add notes to the content folder.</p>
        ) : (
          <div className="mt-5 grid gap-6 md:grid-cols-2">
            {catalog.map((domain) => (
              <Card as="section" key={domain.id} aria-labelledby={`domain-${domain.id}`}>
                <h3 id={`domain-${domain.id}`} className="text-lg font-semibold">
                  {domain.title}
                </h3>
                <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
                  {domain.topics.map((topic) => (
                    <li key={topic.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                      <Link
                        href={topicPath(topic.slug)}
                        className="font-medium text-sky-700 underline decoration-sky-700/30 underline-offset-2 hover:decoration-current dark:text-sky-400 dark:decoration-sky-400/30"
                      >
                        {topic.title}
                      </Link>
                      <BankCounts questions={topic.questions} flashcards={topic.flashcards} />
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: React.ReactNode }) {
  return (
    <li>
      <Card className="h-full">
        <p className="flex items-center gap-3 font-semibold">
          <span
            aria-hidden="true"
            className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-sky-100 text-sm text-sky-800 dark:bg-sky-900 dark:text-sky-100"
          >
            {number}
          </span>
          <span>{title}</span>
        </p>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{children}</p>
      </Card>
    </li>
  );
}
