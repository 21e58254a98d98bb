// The review page's first card as static HTML, for a visitor with nothing saved yet (lib/review/first-card):
// the same counts and card the live page will show, in the same layout, so it paints with the page
// and the live card replaces it without a visible change. Nothing here is interactive: it is shown
// only until the page's JavaScript has loaded the live card.
import { getBankIndex, getTopicBank } from "@/lib/content";
import { findItem } from "@/lib/data/fetch-bank";
import { FIRST_CARD_ID, firstCardOf, firstCardScript } from "@/lib/review/first-card";
import { shuffledOrder } from "@/lib/srs/shuffle";
import { STORAGE_KEY } from "@/lib/store/key";
import { DEFAULT_SETTINGS } from "@/lib/store/study-slice";
import { muted, panel, primaryButton, proseHtml } from "@/components/study/styles";
import { ReviewCounts } from "./review-counts";

const LETTER_A = 65;

/** Server only. `withScript`: in the static HTML (the inline script decides whether it shows). */
export function FirstCard({ withScript = false }: { withScript?: boolean }) {
  const first = firstCardOf(getBankIndex(), DEFAULT_SETTINGS.newPerDay);
  if (!first) return null;
  const { item, plan, catalog } = first;
  const found = findItem(getTopicBank(item.topic), item.id);
  if (!found) return null;
  const topicTitle = catalog.topics.find((t) => t.slug === item.topic)?.title ?? item.topic;
  return (
    <>
      <div className="space-y-6">
        <ReviewCounts mode={{ kind: "due" }} plan={plan} answeredInSession={0} />
        <article aria-label={found.kind === "question" ? "Question" : "Flashcard"} className={`${panel} space-y-4`}>
          <p className={`text-sm ${muted}`}>
            {found.kind === "question" ? "Question" : "Flashcard"} · {topicTitle}
          </p>
          {found.kind === "question" ? (
            <div className="space-y-4">
              <div className={proseHtml} dangerouslySetInnerHTML={{ __html: found.item.stemHtml }} />
              {found.item.kind === "multiple" ? (
                <p className="font-medium">
                  Choose {found.item.choose}. <span className={muted}>(0 picked)</span>
                </p>
              ) : null}
              <fieldset disabled className="space-y-2">
                <legend className="sr-only">Answer options</legend>
                {/* The live card's order: the same seed (the item, never reviewed). */}
                {shuffledOrder(found.item.options.length, `${item.id}:0`).map((i, position) => {
                  const option = found.item.options[i]!;
                  return (
                    <label key={option.id} className="flex gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
                      <input type={found.item.kind === "single" ? "radio" : "checkbox"} className="mt-1 size-4 shrink-0 accent-sky-700" />
                      <span className="min-w-0 flex-1">
                        <span className="mr-2 font-semibold">{String.fromCharCode(LETTER_A + position)}.</span>
                        <span className="inline [&>p]:inline" dangerouslySetInnerHTML={{ __html: option.html }} />
                      </span>
                    </label>
                  );
                })}
              </fieldset>
              <div className="flex flex-wrap items-center gap-3">
                <button type="button" className={primaryButton} disabled>
                  Check answer
                </button>
                <span className={`text-sm ${muted}`}>Keys: 1–{found.item.options.length} pick, Enter checks</span>
              </div>
            </div>
          ) : (
            <div className="space-y-4">
              <div className={`${proseHtml} text-lg`} dangerouslySetInnerHTML={{ __html: found.item.frontHtml }} />
              <div className="flex flex-wrap items-center gap-3">
                <button type="button" className={primaryButton} disabled>
                  Show answer
                </button>
                <span className={`text-sm ${muted}`}>Space or Enter</span>
              </div>
            </div>
          )}
        </article>
      </div>
      {withScript ? <script dangerouslySetInnerHTML={{ __html: firstCardScript(STORAGE_KEY, DEFAULT_SETTINGS.newPerDay) }} /> : null}
    </>
  );
}

export { FIRST_CARD_ID };
