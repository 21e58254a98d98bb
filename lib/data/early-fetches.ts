/** Where the running-exam page's inline script (lib/exam/early-paint) leaves the fetches it started
 * before any bundle loaded, by URL, for fetch-bank to take over. Its own module: no script text in bundles. */
export const EARLY_FETCHES = "__stratusEarlyFetches";

/** A promise a page's inline script may set for the time its own early paint needs: the page's
 * scripts start once it settles (at most a second later), see scripts/postbuild/paint-first. */
export const HOLD_BOOT = "__stratusHoldBoot";
