// Obsidian shows a single newline as a line break; CommonMark joins the lines. Notes that come from
// a vault (MarkdownContext.breaks) follow Obsidian, so a list of links one per line stays one per line.
import remarkBreaks from "remark-breaks";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { contextOf } from "./context";

export function remarkVaultBreaks() {
  const addBreaks = remarkBreaks();
  return (tree: Root, file: VFile) => {
    if (contextOf(file)?.breaks) addBreaks(tree);
  };
}
