// The per-render context travels in the VFile's data (see ../markdown.ts); plugins in this folder
// read it through this one helper rather than knowing the data's shape.
import type { VFile } from "vfile";
import type { MarkdownContext } from "../markdown";

export function contextOf(file: VFile): MarkdownContext | undefined {
  return (file.data as { context?: MarkdownContext }).context;
}

/** Reports a rendering problem at a line of the Markdown being rendered (1-based). */
export function warnAt(file: VFile, line: number | undefined, message: string): void {
  contextOf(file)?.warn?.(line ?? 1, message);
}
