// Two plugins that make each render cheaper without changing its output. A build renders tens of
// thousands of short fragments (every option, rationale and explanation of every question), so a
// fixed cost per render outweighs the cost of the text itself.
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { combineExtensions } from "micromark-util-combine-extensions";
import type { Extension } from "micromark-util-types";
import type { Processor } from "unified";
import type { VFile } from "vfile";

/**
 * micromark merges every syntax extension (GFM, wikilinks, comments…) into one table on each parse;
 * merged once here, each parse only adds micromark's own constructs to it. `combineExtensions` is
 * the function micromark itself uses, so the table, and the order of constructs in it, is the same.
 * Use after every plugin that adds syntax.
 */
export function remarkCombinedSyntax(this: Processor) {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  const extensions = data.micromarkExtensions ?? [];
  if (extensions.length > 1) data.micromarkExtensions = [combineExtensions(extensions)];
}

/**
 * rehype-raw, run only when the Markdown held raw HTML: re-parsing a tree through parse5 is the
 * dearest step of a short render, and a tree without `raw` nodes comes out of it unchanged.
 */
export function rehypeRawWhenPresent() {
  return (tree: Root, file: VFile): Root => (hasRaw(tree) ? (raw(tree, { file }) as Root) : tree);
}

function hasRaw(node: Root | Root["children"][number]): boolean {
  if (node.type === "raw") return true;
  return "children" in node && node.children.some((child) => hasRaw(child as Root["children"][number]));
}
