// What the sanitiser lets through for the Obsidian features rendered in this folder: highlights,
// callouts, unresolved wikilinks, note embeds and task-list items. Only these class names and attributes pass.
import type { Schema } from "hast-util-sanitize";
import { CALLOUT_FAMILIES } from "./callouts";

type Definitions = NonNullable<Schema["attributes"]>[string];

/** Adds allowed values to one attribute of a tag, merging with values the base already allows. */
function allow(definitions: Definitions | undefined, name: string, values: string[]): Definitions {
  const list = [...(definitions ?? [])];
  const at = list.findIndex((d) => (typeof d === "string" ? d : d[0]) === name);
  const existing = at >= 0 ? list[at] : undefined;
  if (typeof existing === "string") return list; // already allowed with any value
  const merged: [string, ...(string | number | boolean | RegExp | null | undefined)[]] = [name, ...(existing?.slice(1) ?? []), ...values];
  if (at >= 0) list[at] = merged;
  else list.push(merged);
  return list;
}

export function withObsidianSchema(base: Schema): Schema {
  const attributes = base.attributes ?? {};
  const calloutClasses = ["callout", ...CALLOUT_FAMILIES.map((f) => `callout-${f}`)];
  return {
    ...base,
    tagNames: [...(base.tagNames ?? []), "mark"],
    attributes: {
      ...attributes,
      div: allow(allow(attributes.div, "className", [...calloutClasses, "callout-title", "callout-body"]), "role", ["note"]),
      details: allow(attributes.details, "className", calloutClasses),
      summary: allow(attributes.summary, "className", ["callout-title"]),
      span: allow(attributes.span, "className", ["sr-only", "wikilink-unresolved", "note-embed"]),
      li: allow(attributes.li, "className", ["task-done", "task-open"]),
    },
  };
}
