import Link from "@/components/ui/link";
import type { TopicLink } from "@/lib/content/catalog";
import { topicPath } from "@/lib/content/links";

/** Previous / next topic in reading order. */
export function TopicPager({ previous, next }: { previous?: TopicLink; next?: TopicLink }) {
  if (!previous && !next) return null;
  const box =
    "flex flex-col gap-1 rounded-lg border border-slate-200 p-4 hover:border-sky-600 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-sky-400 dark:hover:bg-slate-900";
  return (
    <nav aria-label="Previous and next topic" className="grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={topicPath(previous.slug)} rel="prev" className={box}>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            <span aria-hidden="true">← </span>Previous topic
          </span>
          <span className="font-semibold text-sky-700 dark:text-sky-400">{previous.title}</span>
        </Link>
      ) : null}
      {next ? (
        <Link href={topicPath(next.slug)} rel="next" className={`${box} sm:col-start-2 sm:text-right`}>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            Next topic<span aria-hidden="true"> →</span>
          </span>
          <span className="font-semibold text-sky-700 dark:text-sky-400">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
