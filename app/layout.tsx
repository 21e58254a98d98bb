import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { StorageBanner } from "@/components/storage/storage-banner";
import { NAV_ITEMS, SITE_NAME, SITE_TAGLINE } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/" className="font-bold">{SITE_NAME}</Link>
            {NAV_ITEMS.map((item) => (
              <Link key={item.href} href={item.href}>{item.label}</Link>
            ))}
          </nav>
        </header>
        <StorageBanner />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">{children}</main>
        <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-600 dark:text-slate-400">
          {SITE_NAME} is an independent, open-source study tool. It is not affiliated with, endorsed by or sponsored by
          Amazon Web Services (AWS).
        </footer>
      </body>
    </html>
  );
}
