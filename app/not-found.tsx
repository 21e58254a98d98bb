import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { getContent } from "@/lib/content";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Next puts the not-found page in the data of every page it exports (it is the root layout's
 * boundary), so it lists the domains, a handful, rather than every topic: a list of topics made
 * every page grow with the number of notes, and the whole site with its square.
 */
export default function NotFound() {
  const { topics, subject } = getContent();
  const used = new Set(topics.map((t) => t.domain));
  const domains = subject.domains.filter((d) => used.has(d.id));
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
      {domains.length > 0 ? (
        <section aria-labelledby="not-found-topics" className="mt-8">
          <h2 id="not-found-topics" className="text-lg font-semibold">
            Topics by domain
          </h2>
          <ul className="mt-2 space-y-1">
            {domains.map((domain) => (
              <li key={domain.id}>
                <TextLink href={`/topics/#domain-${domain.id}`}>{domain.title}</TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
