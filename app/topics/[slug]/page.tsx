import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TopicMastery } from "@/components/progress/topic-mastery";
import { CodeCopyButtons } from "@/components/topic/code-copy";
import { PractiseBox } from "@/components/topic/practise-box";
import { TableOfContents } from "@/components/topic/table-of-contents";
import { TopicPager } from "@/components/topic/topic-pager";
import { getBankIndex, getContent, getTopic, getTopicBank } from "@/lib/content";
import { topicCard, topicNeighbours } from "@/lib/content/catalog";
import { slugFromParam } from "@/lib/content/links";
import { buildToc } from "@/lib/content/toc";
import { countLabel, formatIsoDate } from "@/lib/format";

// Explicit rather than the generated PageProps, so typecheck works before the first build.
interface TopicPageProps {
  params: Promise<{ slug: string }>;
}

// Every topic is known at build time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().topics.map((topic) => ({ slug: topic.slug }));
}

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const topic = getTopic(slugFromParam((await params).slug));
  if (!topic) return {};
  return { title: topic.title, description: topic.summary || undefined };
}

export default async function TopicPage({ params }: TopicPageProps) {
  const slug = slugFromParam((await params).slug);
  const topic = getTopic(slug);
  if (!topic) notFound();

  const content = getContent();
  const counts = topicCard(topic, getTopicBank(slug));
  const domain = content.subject.domains.find((d) => d.id === topic.domain);
  const toc = buildToc(topic.headings);
  const { previous, next } = topicNeighbours(content.topics, slug);
  const bank = getBankIndex().topics.find((t) => t.slug === slug);
  const itemIds = bank ? [...bank.questionIds, ...bank.flashcardIds] : [];

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12 xl:grid-cols-[minmax(0,1fr)_17rem]">
      {/* Search (Pagefind) indexes the note only: title, summary and text, never the page's tools. */}
      <article aria-labelledby="topic-title" className="@container min-w-0" data-pagefind-body>
        <nav aria-label="Breadcrumb" data-pagefind-ignore="all" className="text-sm text-slate-600 dark:text-slate-400">
          <ol className="flex flex-wrap items-center gap-x-2">
            <li>
              <Link href="/topics/" className="underline underline-offset-2 hover:text-slate-950 dark:hover:text-white">
                Topics
              </Link>
            </li>
            {domain ? (
              <li className="flex items-center gap-x-2">
                <span aria-hidden="true">/</span>
                <Link
                  href={`/topics/#domain-${domain.id}`}
                  className="underline underline-offset-2 hover:text-slate-950 dark:hover:text-white"
                >
                  {domain.title}
                </Link>
              </li>
            ) : null}
          </ol>
        </nav>

        <header className="mt-3 max-w-[70ch]">
          <h1 id="topic-title" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
            {topic.title}
          </h1>
          {topic.summary && !topic.leadRepeatsBody ? <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{topic.summary}</p> : null}
          {topic.updated ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              Facts checked <time dateTime={topic.updated}>{formatIsoDate(topic.updated)}</time>
              {topic.sources.length > 0 ? (
                <>
                  {" against "}
                  <a
                    href="#topic-sources"
                    className="text-sky-700 underline underline-offset-2 dark:text-sky-400"
                  >
                    {countLabel(topic.sources.length, "source")}
                  </a>
                </>
              ) : null}
            </p>
          ) : null}
          {itemIds.length > 0 ? (
            <div className="mt-4 max-w-sm" data-pagefind-ignore="all">
              <TopicMastery slug={topic.slug} title={topic.title} itemIds={itemIds} />
            </div>
          ) : null}
        </header>

        {toc.length > 0 ? (
          <div data-pagefind-ignore="all">
            <TableOfContents entries={toc} variant="collapsible" className="mt-6 max-w-[70ch] lg:hidden" />
          </div>
        ) : null}

        {topic.hasNote ? (
          <>
            <div
              id="topic-body"
              className="prose prose-slate mt-8 max-w-[70ch] dark:prose-invert"
              // Rendered and sanitised at build time by lib/content (no scripts, handlers or javascript: URLs).
              dangerouslySetInnerHTML={{ __html: topic.html }}
            />
            {topic.html.includes('class="code-block"') ? <CodeCopyButtons containerId="topic-body" /> : null}
          </>
        ) : (
          <p className="mt-8 max-w-[70ch] text-slate-700 dark:text-slate-300">
            There are no notes for this topic yet: it is a question bank of its own. Practise it below.
          </p>
        )}

        <div className="mt-12 flex max-w-[70ch] flex-col gap-10" data-pagefind-ignore="all">
          <PractiseBox slug={topic.slug} questions={counts.questions} flashcards={counts.flashcards} />

          {topic.sources.length > 0 ? (
            <section aria-labelledby="topic-sources">
              <h2 id="topic-sources" className="text-lg font-semibold">
                Sources
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {topic.sources.map((url) => (
                  <li key={url}>
                    <a
                      href={url}
                      className="text-sky-700 underline underline-offset-2 [overflow-wrap:anywhere] dark:text-sky-400"
                    >
                      {url.replace(/^https?:\/\//, "")}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <TopicPager previous={previous} next={next} />
        </div>
      </article>

      <aside aria-label="Topic tools" className="hidden lg:block">
        {/* The contents scroll inside the column when long; the practice links stay in view below them. */}
        <div className="sticky top-20 flex max-h-[calc(100vh-6rem)] flex-col gap-6 pb-4">
          {toc.length > 0 ? <TableOfContents entries={toc} variant="sidebar" className="flex min-h-0 flex-col" /> : null}
          <PractiseBox slug={topic.slug} questions={counts.questions} flashcards={counts.flashcards} variant="compact" />
        </div>
      </aside>
    </div>
  );
}
