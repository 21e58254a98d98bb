// Pure: the size an image is shown at. Shared by the Markdown renderer and the image resolver.

/**
 * Obsidian's size suffix on an embed: `|300` is a width, `|300x200` both; anything else is alt text.
 * Without a height, it keeps the image's proportions.
 */
export function embedSize(suffix: string | undefined, natural: { width?: number; height?: number }): { width?: number; height?: number; alt?: string } {
  const match = suffix ? /^\s*(\d+)(?:\s*x\s*(\d+))?\s*$/.exec(suffix) : null;
  if (!match) return { ...natural, alt: suffix?.trim() || undefined };
  const width = Number(match[1]);
  if (match[2]) return { width, height: Number(match[2]) };
  return { width, height: natural.width && natural.height ? Math.round((width * natural.height) / natural.width) : undefined };
}
