// An inline link in running text or lists: coloured and underlined so it never relies on colour alone.
import Link from "@/components/ui/link";
import type { ComponentProps } from "react";

export const textLinkClass =
  "font-medium text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-current dark:text-sky-400 dark:decoration-sky-400/40";

export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${textLinkClass} ${className}`} {...props} />;
}
