/** Where the running-exam page's inline script (lib/exam/early-paint) leaves the fetches it started
 * before any bundle loaded, by URL, for fetch-bank to take over. Its own module: no script text in bundles. */
export const EARLY_FETCHES = "__stratusEarlyFetches";
