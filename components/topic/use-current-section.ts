"use client";
// Which section of the note is being read: follows the reader as they scroll.
import { useEffect, useState } from "react";
import { currentSection } from "@/lib/content/toc";

/** Headings count as "reached" once they pass this line: just below the sticky header. */
const READING_LINE_PX = 96;

export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const key = ids.join(" ");

  useEffect(() => {
    const headings = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;

    const update = () => {
      const scroller = document.scrollingElement ?? document.documentElement;
      const atBottom = window.innerHeight + window.scrollY >= scroller.scrollHeight - 2;
      const positions = headings.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top }));
      setCurrent(currentSection(positions, READING_LINE_PX, atBottom ? window.innerHeight : undefined));
    };
    // The observer only wakes us when a heading crosses the reading line (or enters/leaves the view),
    // so nothing runs on every scroll frame. Its first report arrives right after observe().
    const observer = new IntersectionObserver(update, { rootMargin: `-${READING_LINE_PX}px 0px 0px 0px` });
    headings.forEach((el) => observer.observe(el));
    // Reaching the very bottom moves no heading across the line, but can change the answer.
    const onScrollEnd = () => update();
    window.addEventListener("scrollend", onScrollEnd);
    return () => {
      observer.disconnect();
      window.removeEventListener("scrollend", onScrollEnd);
    };
  }, [key]);

  return current;
}
