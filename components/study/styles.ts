// Class names shared by the study pages (review, missed, progress, settings), built on the UI
// primitives so buttons and links look the same everywhere. Focus rings come from the global
// :focus-visible rule (app/globals.css); `focusRing` is for elements that draw their own.
import { buttonClass } from "@/components/ui/button";
import { textLinkClass } from "@/components/ui/text-link";

export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";

export const primaryButton = buttonClass("primary");
export const secondaryButton = buttonClass("secondary");
export const dangerButton = buttonClass("danger");
export const textLink = textLinkClass;
export const panel = "rounded-lg border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-800 dark:bg-slate-900";
export const muted = "text-slate-600 dark:text-slate-400";
export { proseHtml } from "@/components/ui/prose";
