// Questions an exam left unanswered and nothing has answered since: no verdict, no right answer
// (that would spoil them), just the stems and a way to practise them.
import Link from "@/components/ui/link";
import type { TopicBank } from "@/lib/content/types";
import { practiseHref } from "@/lib/review/missed";
import type { BankCatalog } from "@/lib/review/catalog";
import type { UnansweredItem } from "@/lib/review/unanswered";
import { muted, panel, primaryButton, proseHtml } from "@/components/study/styles";

interface Props {
  items: UnansweredItem[];
  catalog: BankCatalog;
  banks: Record<string, TopicBank>;
}

export function UnansweredList({ items, catalog, banks }: Props) {
  const ids = items.map((i) => i.id);
  return (
    <section aria-labelledby="unanswered-title" className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h2 id="unanswered-title" className="text-xl font-bold">
          {ids.length} question{ids.length === 1 ? "" : "s"} left unanswered
        </h2>
        <Link className={primaryButton} href={practiseHref(ids)}>
          Practise these ({ids.length})
        </Link>
      </div>
      <p className={`text-sm ${muted}`}>
        They counted as wrong in the exam&apos;s score, but they are not missed questions and your review schedule is
        unchanged. They leave this list once you answer them anywhere.
      </p>
      <ul className="space-y-2">
        {items.map((item) => {
          const ref = catalog.byId.get(item.id);
          const question = ref ? banks[ref.topic]?.questions.find((q) => q.id === item.id) : undefined;
          if (!ref || !question) return null;
          const title = catalog.topics.find((t) => t.slug === ref.topic)?.title ?? ref.topic;
          return (
            <li key={item.id} className={`${panel} space-y-1`}>
              <p className={`text-sm ${muted}`}>{title}</p>
              <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
