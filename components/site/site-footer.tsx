import Link from "@/components/ui/link";
import { NAV_ITEMS, SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-slate-600 dark:text-slate-400">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link href="/" className="hover:text-slate-950 hover:underline dark:hover:text-white">Home</Link>
            </li>
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-slate-950 hover:underline dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="max-w-[70ch]">
          {SITE_NAME} is an independent, open-source study tool. It is not affiliated with, endorsed by or sponsored by
          Amazon Web Services (AWS). Check facts against the official documentation before you rely on them.
        </p>
      </div>
    </footer>
  );
}
