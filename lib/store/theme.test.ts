import { describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY, parseThemePreference, resolveTheme, themeInitScript } from "./theme";

/** Runs the <head> script against fake browser globals; returns the class and colour scheme it set. */
function runInitScript(options: { stored?: string | null; systemDark?: boolean; storageThrows?: boolean; noMatchMedia?: boolean }) {
  const classes = new Set<string>();
  const root = {
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    style: { colorScheme: "" },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (options.storageThrows) throw new Error("SecurityError");
      return key === THEME_STORAGE_KEY ? (options.stored ?? null) : null;
    },
  };
  const window = options.noMatchMedia ? {} : { matchMedia: () => ({ matches: options.systemDark ?? false }) };
  new Function("localStorage", "window", "document", themeInitScript)(localStorage, window, { documentElement: root });
  return { dark: classes.has("dark"), colorScheme: root.style.colorScheme };
}

describe("theme preference", () => {
  it("keeps light and dark, and reads anything else as system", () => {
    expect(parseThemePreference("light")).toBe("light");
    expect(parseThemePreference("dark")).toBe("dark");
    for (const raw of [null, undefined, "", "DARK", '{"theme":"dark"}', 42]) expect(parseThemePreference(raw)).toBe("system");
  });

  it("resolves system from the media query and keeps explicit choices", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });
});

describe("theme init script", () => {
  it("agrees with parseThemePreference and resolveTheme for every stored value and system setting", () => {
    for (const stored of [null, "light", "dark", "system", "garbage"]) {
      for (const systemDark of [false, true]) {
        const expected = resolveTheme(parseThemePreference(stored), systemDark);
        expect(runInitScript({ stored, systemDark })).toEqual({ dark: expected === "dark", colorScheme: expected });
      }
    }
  });

  it("falls back to the system theme when storage throws, and to light without matchMedia", () => {
    expect(runInitScript({ storageThrows: true, systemDark: true })).toEqual({ dark: true, colorScheme: "dark" });
    expect(runInitScript({ stored: null, noMatchMedia: true })).toEqual({ dark: false, colorScheme: "light" });
    expect(runInitScript({ stored: "dark", noMatchMedia: true })).toEqual({ dark: true, colorScheme: "dark" });
  });
});
