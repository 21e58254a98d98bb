import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { getContent } from "@/lib/content";
import { topicPath } from "@/lib/content/links";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const { topics } = getContent();
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        There is no page at this address. It may have been renamed, or the link may have a typo.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink href="/topics/">Browse all topics</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          Go to the home page
        </ButtonLink>
      </div>
      <p className="mt-8 text-slate-700 dark:text-slate-300">
        Looking for practice? Take a <TextLink href="/exam/">practice exam</TextLink> or continue your{" "}
        <TextLink href="/review/">spaced review</TextLink>.
      </p>
      {topics.length > 0 ? (
        <section aria-labelledby="not-found-topics" className="mt-8">
          <h2 id="not-found-topics" className="text-lg font-semibold">
            Topics
          </h2>
          <ul className="mt-2 space-y-1">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <TextLink href={topicPath(topic.slug)}>{topic.title}</TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
