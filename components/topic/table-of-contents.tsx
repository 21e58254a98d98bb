"use client";
// The note's sections, highlighting the one being read. On wide screens a sticky sidebar list; on
// phones a collapsible "On this page" that closes once a section is chosen.
import { useEffect, useRef } from "react";
import { tocIds, type TocEntry } from "@/lib/content/toc";
import { useCurrentSection } from "./use-current-section";

interface TableOfContentsProps {
  entries: TocEntry[];
  /** "sidebar": always open, for the sticky column; "collapsible": a <details> for narrow screens. */
  variant: "sidebar" | "collapsible";
  className?: string;
}

export function TableOfContents({ entries, variant, className = "" }: TableOfContentsProps) {
  const current = useCurrentSection(tocIds(entries));
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  // Keep the highlighted entry visible in a long sidebar list. Only the list scrolls: scrollIntoView
  // would also move the page the reader is in the middle of.
  useEffect(() => {
    const scroller = scrollerRef.current;
    const link = current ? scroller?.querySelector<HTMLElement>(`a[href="#${CSS.escape(current)}"]`) : null;
    if (!scroller || !link) return;
    const top = link.offsetTop; // the scroller is positioned, so this is measured from its top
    if (top < scroller.scrollTop || top + link.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
    }
  }, [current]);
  const onChoose = variant === "collapsible" ? () => detailsRef.current?.removeAttribute("open") : undefined;
  const list = <TocList entries={entries} current={current} onChoose={onChoose} />;

  if (variant === "sidebar") {
    return (
      <nav aria-labelledby="toc-sidebar-title" className={className}>
        <h2 id="toc-sidebar-title" className="mb-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
          On this page
        </h2>
        <div ref={scrollerRef} className="relative min-h-0 overflow-y-auto overscroll-contain pr-1">
          {list}
        </div>
      </nav>
    );
  }
  return (
    <details
      ref={detailsRef}
      className={`group rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 rounded-lg px-4 font-medium">
        On this page
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 transition-transform group-open:rotate-180" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M5 8l5 5 5-5" />
        </svg>
      </summary>
      <nav aria-label="On this page" className="border-t border-slate-200 px-2 py-3 dark:border-slate-800">
        {list}
      </nav>
    </details>
  );
}

function TocList({ entries, current, onChoose, nested = false }: { entries: TocEntry[]; current?: string; onChoose?: () => void; nested?: boolean }) {
  return (
    <ul className={nested ? "mt-1 ml-3 border-l border-slate-200 pl-2 dark:border-slate-700" : "space-y-1"}>
      {entries.map((entry) => {
        const active = entry.id === current;
        return (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={active ? "location" : undefined}
              onClick={onChoose}
              className={`block rounded-md border-l-2 px-2 py-1 text-sm leading-snug ${
                active
                  ? "border-sky-600 bg-sky-50 font-semibold text-sky-800 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-200"
                  : "border-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
              }`}
            >
              {entry.text}
            </a>
            {entry.children.length > 0 ? <TocList entries={entry.children} current={current} onChoose={onChoose} nested /> : null}
          </li>
        );
      })}
    </ul>
  );
}
