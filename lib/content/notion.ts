// Pages exported from Notion (Markdown & CSV). Notion writes a database page's properties as lines
// of `Name: value` right under the page title:
//
//   # EC2
//
//   Created: March 3, 2025 9:20 PM
//   Status: In progress
//
// Read as Markdown they are one paragraph ("Created: March 3, 2025 9:20 PM Status: In progress"),
// which would become the page's summary in the topic index. They are shown as a list of properties
// instead, which is not a paragraph, so the summary comes from the note's first real paragraph.
//
// Notion also appends each page's id (a space and 32 hex digits) to its file and folder names; the
// id is for Notion, not for a reader or a URL, so ./slug and ./subject leave it out.

const PAGE_ID = / [0-9a-f]{32}$/;

/** A file or folder name without the page id a Notion export appends (`EC2 0f1e2d3c4b5a69788796a5b4c3d2e1f0`). */
export function withoutExportId(name: string): string {
  return name.replace(PAGE_ID, "");
}

/** A page file as Notion names it: the title, a space and the page's id. */
export function isNotionPage(file: string): boolean {
  return file.endsWith(".md") && PAGE_ID.test(file.slice(0, -".md".length));
}

const PROPERTY = /^([A-Za-z][^:\n]{0,39}): (.*)$/;

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The note's body (after its title) with a leading block of `Name: value` lines turned into an HTML
 * definition list, line for line, so every line of the file keeps its number.
 */
export function withNotionProperties(body: string): string {
  const lines = body.split("\n");
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === "") start++;
  let end = start;
  while (end < lines.length && lines[end]!.trim() !== "") end++;
  const block = lines.slice(start, end).map((line) => PROPERTY.exec(line.replace(/\r$/, "")));
  if (block.length === 0 || block.some((match) => match === null)) return body;
  const html = block.map((match, i) => {
    const item = `<div><dt>${escape(match![1]!.trim())}</dt><dd>${escape(match![2]!.trim())}</dd></div>`;
    return `${i === 0 ? "<dl>" : ""}${item}${i === block.length - 1 ? "</dl>" : ""}`;
  });
  return [...lines.slice(0, start), ...html, ...lines.slice(end)].join("\n");
}
