// The colour theme. It lives under its own small key, outside the main store, because an inline
// script must read it synchronously in <head>, before the first paint, to avoid a flash of the wrong
// theme; parsing the whole persisted store there would be slow and fragile.

export type ThemePreference = "system" | "light" | "dark";
export type ResolvedTheme = "light" | "dark";

export const THEME_STORAGE_KEY = "stratus-theme";
export const THEME_PREFERENCES: readonly ThemePreference[] = ["system", "light", "dark"];
export const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Anything unknown (missing, foreign, corrupted) means "follow the system"; the stored value is left as is. */
export function parseThemePreference(raw: unknown): ThemePreference {
  return raw === "light" || raw === "dark" ? raw : "system";
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === "system") return systemPrefersDark ? "dark" : "light";
  return preference;
}

/**
 * Source of the blocking script in <head>. It mirrors parseThemePreference/resolveTheme (a unit test
 * runs it against them) and must never throw: storage can be disabled or full, matchMedia missing.
 */
export const themeInitScript = `(function(){try{var p=null;try{p=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}var d=p==="dark"||(p!=="light"&&!!window.matchMedia&&window.matchMedia(${JSON.stringify(DARK_QUERY)}).matches);var r=document.documentElement;r.classList.toggle("dark",d);r.style.colorScheme=d?"dark":"light"}catch(e){}})();`;

export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
}

// A tiny external store for React's useSyncExternalStore: same-tab changes notify listeners directly,
// other tabs arrive through the "storage" event, and the system theme through matchMedia.
const listeners = new Set<() => void>();
let sessionPreference: ThemePreference | undefined;

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

export function readThemePreference(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage blocked (privacy mode, sandboxed frame): fall back to the system theme.
    return "system";
  }
}

/** Saves the choice and applies it at once. Returns false when the browser refused to store it. */
export function writeThemePreference(preference: ThemePreference): boolean {
  let saved = true;
  try {
    if (preference === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    saved = false;
  }
  applyTheme(document.documentElement, resolveTheme(preference, systemPrefersDark()));
  // Storage may have refused the value; remember it for this page anyway so the toggle stays truthful.
  sessionPreference = saved ? undefined : preference;
  listeners.forEach((notify) => notify());
  return saved;
}

export function getThemePreference(): ThemePreference {
  return sessionPreference ?? readThemePreference();
}

export function subscribeTheme(notify: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    applyTheme(document.documentElement, resolveTheme(getThemePreference(), systemPrefersDark()));
    notify();
  };
  const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : undefined;
  const onSystemChange = () => {
    if (getThemePreference() === "system") applyTheme(document.documentElement, resolveTheme("system", systemPrefersDark()));
    notify();
  };
  listeners.add(notify);
  window.addEventListener("storage", onStorage);
  media?.addEventListener("change", onSystemChange);
  return () => {
    listeners.delete(notify);
    window.removeEventListener("storage", onStorage);
    media?.removeEventListener("change", onSystemChange);
  };
}
