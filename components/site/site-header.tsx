import Link from "@/components/ui/link";
import { SITE_NAME } from "@/lib/site";
import { SearchButton } from "@/components/search/search-button";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { MainNav } from "./main-nav";

export function SiteHeader() {
  return (
    // Sticky and solid: headings use scroll-margin-top (globals.css) so anchors land below it.
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4">
        <Link href="/" className="mr-auto flex items-center gap-2 rounded-md text-lg font-bold tracking-tight md:mr-2">
          <StratusMark />
          {SITE_NAME}
        </Link>
        <MainNav />
        <SearchButton />
        <ThemeToggle />
      </div>
    </header>
  );
}

/** Layered cloud bands: a stratus cloud. Decorative; the link's text names it. */
function StratusMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-sky-600 dark:text-sky-400" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
      <path d="M4 8h12" />
      <path d="M7 12h13" />
      <path d="M3 16h14" />
    </svg>
  );
}
