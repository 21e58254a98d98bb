// Class names shared by the exam screens. Buttons and links come from components/ui so the exam
// looks like the rest of the site; focus rings come from the global :focus-visible rule.
import { buttonClass } from "@/components/ui/button";
import { textLinkClass } from "@/components/ui/text-link";

export const primaryButton = buttonClass("primary");
export const secondaryButton = buttonClass("secondary");
/** For actions that throw something away: only in confirmations. */
export const dangerButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-red-700 px-4 text-base font-medium text-white transition-colors hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300";
export const textLink = textLinkClass;
export const muted = "text-slate-600 dark:text-slate-400";
export const numberInput =
  "mt-1 block w-28 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900";
export const proseHtml =
  "prose prose-slate max-w-none [overflow-wrap:anywhere] dark:prose-invert prose-p:my-2 prose-pre:my-2 prose-code:before:content-none prose-code:after:content-none";
