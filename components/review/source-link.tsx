import type { SourceRef } from "@/lib/content/types";
import { muted, textLink } from "@/components/study/styles";
import { topicHref } from "@/lib/content/links";

/**
 * The note section a card comes from. Shown only once the answer is checked or revealed: the
 * section title often names the answer ("Savings Plans" above a Savings Plan question).
 */
export function SourceLink({ source }: { source: SourceRef | undefined }) {
  if (!source) return null;
  return (
    <p className={`text-sm ${muted}`}>
      Source:{" "}
      <a className={textLink} href={topicHref(source.topic, source.anchor)}>
        {source.label}
      </a>
    </p>
  );
}
