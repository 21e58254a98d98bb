"use client";
// The main navigation: a row of links on wide screens, a disclosure menu on phones. A client
// component only because it marks the current page (usePathname) and opens/closes the menu.
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { NAV_ITEMS } from "@/lib/site";

const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

/** "page" on the item's own page, "true" anywhere below it (a topic is inside Topics). */
function currentFor(pathname: string, href: string): "page" | "true" | undefined {
  const path = trim(pathname);
  const target = trim(href);
  if (path === target) return "page";
  return path.startsWith(`${target}/`) ? "true" : undefined;
}

export function MainNav() {
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Navigating closes the menu (adjusting state during render, not in an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <nav aria-label="Main" onKeyDown={onKeyDown} className="md:flex-1">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-9 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 md:hidden dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        Menu
      </button>
      <ul
        id={listId}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full flex-col gap-1 border-b border-slate-200 bg-white p-3 shadow-lg md:static md:flex md:flex-row md:flex-wrap md:gap-1 md:border-0 md:bg-transparent md:p-0 md:shadow-none dark:border-slate-800 dark:bg-slate-950 md:dark:bg-transparent`}
      >
        {NAV_ITEMS.map((item) => {
          const current = currentFor(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                onClick={() => setOpen(false)}
                className={`block rounded-md px-3 py-2 text-base font-medium md:py-1.5 md:text-sm ${
                  current
                    ? "bg-sky-50 text-sky-800 underline decoration-2 underline-offset-4 dark:bg-sky-950 dark:text-sky-300"
                    : "text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
