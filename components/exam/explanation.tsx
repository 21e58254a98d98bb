import Link from "next/link";
import type { Question } from "@/lib/content/types";
import { proseHtml, textLink } from "./styles";
import { topicPath } from "@/lib/content/links";

/** The explanation and the way back to the note section that teaches it. */
export function Explanation({ question }: { question: Question }) {
  return (
    <div className="space-y-2 rounded-md bg-slate-100 p-3 dark:bg-slate-800/60">
      <p className="font-semibold">Explanation</p>
      <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
      {question.source ? (
        <p>
          <Link className={textLink} href={topicPath(question.source.topic, question.source.anchor)}>
            Study this: {question.source.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
