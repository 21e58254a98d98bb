// Class names shared by the exam screens. Buttons and links come from components/ui so the exam
// looks like the rest of the site; focus rings come from the global :focus-visible rule.
import { buttonClass } from "@/components/ui/button";
import { textLinkClass } from "@/components/ui/text-link";

export const primaryButton = buttonClass("primary");
export const secondaryButton = buttonClass("secondary");
export const dangerButton = buttonClass("danger");
export const textLink = textLinkClass;
export const muted = "text-slate-600 dark:text-slate-400";
export const numberInput =
  "mt-1 block w-28 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900";
export { proseHtml } from "@/components/ui/prose";
