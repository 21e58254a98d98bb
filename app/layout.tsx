import type { Metadata, Viewport } from "next";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { StorageBanner } from "@/components/storage/storage-banner";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";
import { themeInitScript } from "@/lib/store/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script changes <html>'s class before React hydrates: that difference is expected.
    <html lang="en" data-scroll-behavior="smooth" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: sets the theme class before the first paint, so there is no flash. */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only rounded-md bg-sky-700 font-medium text-white shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-3 dark:bg-sky-400 dark:text-slate-950"
        >
          Skip to content
        </a>
        <SiteHeader />
        <StorageBanner />
        {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position.
            min-h-svh keeps the footer below the fold, so pages that fill in after reading local
            storage (exam, review) do not push a visible footer down: no layout shift. */}
        <main id="main" tabIndex={-1} className="mx-auto min-h-svh w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:py-10">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorker />
      </body>
    </html>
  );
}
