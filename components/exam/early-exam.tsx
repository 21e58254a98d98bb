// The running exam's placeholder, painted from the static HTML and filled by an inline script with
// the question on screen before any page JavaScript has loaded (lib/exam/early-paint). Its layout is
// the exam screen's (exam-runner, question-panel), so the real screen replaces it without a shift.
//
// Its content is HTML React never looks into (dangerouslySetInnerHTML): the script may change it
// before or after hydration without a hydration mismatch.
import { BASE_PATH } from "@/lib/content/links";
import { EARLY_FETCHES, EARLY_IDS, earlyExamPaintScript } from "@/lib/exam/early-paint";
import { EXAM_KIND_NAMES } from "@/lib/exam/labels";
import { EXAM_SCREEN_KEY } from "@/lib/store/exam-screen";
import { STORAGE_KEY } from "@/lib/store/key";
import { muted, proseHtml } from "./styles";

const pulse = "animate-pulse rounded bg-slate-200 dark:bg-slate-800";
const ids = EARLY_IDS;

// Same classes as the exam screen's bar, question heading and stem; the timer and "End exam" keep
// their size as placeholders. Empty lines hold a line's height with a no-break space.
const html = `<div role="status" class="space-y-6">
<span class="sr-only">Loading your exam…</span>
<div class="sticky top-14 z-30 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
<div><p id="${ids.label}" class="text-lg font-bold">&nbsp;</p><p class="text-sm ${muted}">&nbsp;</p></div>
<div aria-hidden="true" class="flex items-start gap-3"><span class="block h-[2.375rem] w-24 ${pulse}"></span><span class="block h-11 w-28 ${pulse}"></span></div>
</div>
<div class="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_17rem]"><div class="space-y-6"><div class="space-y-4">
<div><p id="${ids.number}" class="text-xl font-semibold">&nbsp;</p><p id="${ids.topic}" class="text-sm ${muted}">&nbsp;</p></div>
<div id="${ids.question}" hidden><div id="${ids.stem}" class="${proseHtml}"></div><p id="${ids.choose}" class="font-semibold" hidden></p></div>
<div id="${ids.stemSkeleton}" aria-hidden="true" class="h-20 ${pulse}"></div>
<div aria-hidden="true" class="h-48 ${pulse}"></div>
</div></div></div>
</div>`;

const script = earlyExamPaintScript({ storageKey: STORAGE_KEY, screenKey: EXAM_SCREEN_KEY, base: BASE_PATH, fetches: EARLY_FETCHES, ids, kinds: EXAM_KIND_NAMES });

export function EarlyExam() {
  return (
    <>
      <div id={ids.root} dangerouslySetInnerHTML={{ __html: html }} />
      {/* Inline and blocking on purpose, right after the placeholder: see lib/exam/early-paint. */}
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}
