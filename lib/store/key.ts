/** The local-storage key of everything the store saves. Its own module, so code that only peeks
 * at saved data (the home page's exam check, the exam page's early paint) loads no store. */
export const STORAGE_KEY = "stratus";
