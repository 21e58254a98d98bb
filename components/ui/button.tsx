// Buttons and links that look like buttons. Focus rings come from the global :focus-visible rule in
// app/globals.css, so every control gets the same visible ring.
import Link from "@/components/ui/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
};

/** Class names for anything that should look like a button (e.g. a <summary> or a plain <a>). */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra = ""): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

interface StyleProps {
  /** primary: the one main action of a section; secondary: other actions; ghost: toolbar-like;
   *  danger: an action that throws something away, only in confirmations. */
  variant?: ButtonVariant;
  /** md (44 px tall, the touch-friendly default) or sm (36 px, for dense toolbars). */
  size?: ButtonSize;
}

/** A <button>; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant, size, className = "", type = "button", ...props }: StyleProps & ComponentProps<"button">) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

/** A Next.js <Link> styled as a button, for navigation that reads as an action ("Start exam"). */
export function ButtonLink({ variant, size, className = "", ...props }: StyleProps & ComponentProps<typeof Link>) {
  return <Link className={buttonClass(variant, size, className)} {...props} />;
}
