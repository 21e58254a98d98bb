import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { TopicCard as TopicCardData } from "@/lib/content/catalog";
import { BankCounts } from "./bank-counts";
import { topicPath } from "@/lib/content/links";

interface TopicCardProps {
  topic: TopicCardData;
  /** The heading level that fits the page outline (h3 under a domain's h2 by default). */
  headingLevel?: 2 | 3;
}

/** A topic in a list: its title links to the page; the whole card is not a link, so text stays selectable. */
export function TopicCard({ topic, headingLevel = 3 }: TopicCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card as="article" className="flex h-full flex-col gap-2">
      <Heading className="text-lg font-semibold leading-snug">
        <Link
          href={topicPath(topic.slug)}
          className="text-slate-900 underline decoration-slate-300 underline-offset-4 hover:text-sky-700 hover:decoration-current dark:text-slate-100 dark:decoration-slate-600 dark:hover:text-sky-400"
        >
          {topic.title}
        </Link>
      </Heading>
      {topic.summary ? <p className="text-slate-700 dark:text-slate-300">{topic.summary}</p> : null}
      <BankCounts questions={topic.questions} flashcards={topic.flashcards} className="mt-auto pt-1" />
    </Card>
  );
}
