import Link from "@/components/ui/link";
import type { Question } from "@/lib/content/types";
import { proseHtml, textLink } from "./styles";
import { topicPath } from "@/lib/content/links";

export const NO_EXPLANATION = "This bank gives no explanation for this question.";

/** The explanation and the way back to the note section that teaches it (imported banks may have neither). */
export function Explanation({ question }: { question: Question }) {
  const { source } = question;
  return (
    <div className="space-y-2 rounded-md bg-slate-100 p-3 dark:bg-slate-800/60">
      <p className="font-semibold">Explanation</p>
      {question.explanationHtml ? (
        <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
      ) : (
        <p>{NO_EXPLANATION}</p>
      )}
      {source ? (
        <p>
          <Link className={textLink} href={topicPath(source.topic, source.anchor)}>
            Study this: {source.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
