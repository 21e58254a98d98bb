// A bordered surface that groups related content (a topic, a result, a setting).
import type { ComponentProps, ElementType } from "react";

type CardProps<T extends ElementType> = {
  /** The element to render: "section" or "article" when the card has its own heading; "div" by default. */
  as?: T;
} & Omit<ComponentProps<T>, "as">;

export function Card<T extends ElementType = "div">({ as, className = "", ...props }: CardProps<T>) {
  const Tag: ElementType = as ?? "div";
  return (
    <Tag
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900 ${className}`}
      {...props}
    />
  );
}
