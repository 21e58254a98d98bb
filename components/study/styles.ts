// Class names shared by the study pages (review, missed, progress, settings), built on the UI
// primitives so buttons and links look the same everywhere. Focus rings come from the global
// :focus-visible rule (app/globals.css); `focusRing` is for elements that draw their own.
import { buttonClass } from "@/components/ui/button";
import { textLinkClass } from "@/components/ui/text-link";

export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";

export const primaryButton = buttonClass("primary");
export const secondaryButton = buttonClass("secondary");
/** For the one irreversible action (reset): shaped like the primitives' buttons, coloured as a warning. */
export const dangerButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 text-base font-medium transition-colors bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300";
export const textLink = textLinkClass;
export const panel = "rounded-lg border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-800 dark:bg-slate-900";
export const muted = "text-slate-600 dark:text-slate-400";
