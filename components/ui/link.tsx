"use client";
// next/link that prefetches when the reader shows intent to follow it (the pointer over it,
// keyboard focus, a touch), not as soon as it scrolls into view. Prefetching every visible link
// fetched and ran the code and data of each page it points at while the page was still loading:
// on a slow phone that was the main thread's largest cost after the framework itself (the home
// page's Total Blocking Time in Lighthouse, 460 → 290 ms). The pattern is Next's own ("hover-
// triggered prefetch"); a page the service worker has cached opens at once either way.
import NextLink from "next/link";
import { useState, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

type Props = ComponentProps<typeof NextLink>;

export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      // false until intent, then Next's default (or what the caller asked for); false stays false.
      prefetch={prefetch === false || !intent ? false : (prefetch ?? null)}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
