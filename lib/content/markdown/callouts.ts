// Obsidian callouts (`> [!note] Title`, `> [!warning]-` folded, `+` open, nested, any type) become
// asides: a `role="note"` box, or a <details> whose <summary> is the title when it can fold. Parsing
// is @r4ai/remark-callout's; this file decides the HTML. Obsidian's many type names share a few
// looks; an unknown type looks like a note, as in Obsidian.
import type { Callout, Options } from "@r4ai/remark-callout";

export { remarkCallout as remarkCallouts } from "@r4ai/remark-callout";

const FAMILIES: Record<string, string[]> = {
  info: ["note", "info", "todo", "seealso"],
  abstract: ["abstract", "summary", "tldr"],
  tip: ["tip", "hint", "important"],
  success: ["success", "check", "done"],
  question: ["question", "help", "faq"],
  warning: ["warning", "caution", "attention"],
  danger: ["failure", "fail", "missing", "danger", "error", "bug"],
  example: ["example"],
  quote: ["quote", "cite"],
};
export const CALLOUT_FAMILIES = Object.keys(FAMILIES);

export function calloutFamily(type: string): string {
  const name = type.toLowerCase();
  return CALLOUT_FAMILIES.find((family) => FAMILIES[family]!.includes(name)) ?? "info";
}

const typeLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1).toLowerCase();

export const calloutOptions: Options = {
  root: (callout: Callout) => ({
    tagName: callout.isFoldable ? "details" : "div",
    properties: {
      className: ["callout", `callout-${calloutFamily(callout.type)}`],
      ...(callout.isFoldable ? { open: callout.defaultFolded === false } : { role: "note" }),
    },
  }),
  title: (callout: Callout) => ({
    tagName: callout.isFoldable ? "summary" : "div",
    properties: { className: ["callout-title"] },
  }),
  titleInner: () => undefined,
  body: () => ({ tagName: "div", properties: { className: ["callout-body"] } }),
  // The colour says what kind of callout it is; a custom title hides the kind, so say it in words too.
  icon: (callout: Callout) =>
    callout.title && callout.title.trim().toLowerCase() !== callout.type.toLowerCase()
      ? { tagName: "span", properties: { className: ["sr-only"] }, children: [{ type: "text", value: `${typeLabel(callout.type)}: ` }] }
      : undefined,
  foldIcon: undefined,
};
