// Keyboard shortcuts of the running exam, as data: the component maps a key to a command and
// dispatches; it decides nothing itself.

export type KeyCommand = { type: "pick"; index: number } | { type: "next" } | { type: "prev" } | { type: "flag" };

/**
 * 1–6 or A–E pick the option at that position; ←/→ or P/N move; F flags. F is taken by "flag", so
 * a sixth option is picked with 6. Keys with Ctrl, Alt or Meta belong to the browser.
 */
export function commandForKey(event: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): KeyCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key;
  if (/^[1-6]$/.test(key)) return { type: "pick", index: Number(key) - 1 };
  const lower = key.length === 1 ? key.toLowerCase() : key;
  if (lower === "f") return { type: "flag" };
  if (/^[a-e]$/.test(lower)) return { type: "pick", index: lower.charCodeAt(0) - 97 };
  if (key === "ArrowRight" || lower === "n") return { type: "next" };
  if (key === "ArrowLeft" || lower === "p") return { type: "prev" };
  return null;
}

export const SHORTCUT_HELP: readonly [string, string][] = [
  ["1–6 or A–E", "pick an option"],
  ["→ or N", "next question"],
  ["← or P", "previous question"],
  ["F", "flag for review"],
];
