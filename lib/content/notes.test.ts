// A note's summary and lead: clean text, and no lead that only repeats the first paragraph.
import { describe, expect, it } from "vitest";
import { readNote } from "./notes";
import type { DomainResolution } from "./subject";

/** Places every note in the domain it names, or in its folder's. */
const place =
  (folder: string) =>
  (declared: string | undefined): DomainResolution => ({ ok: true, domain: { id: declared ?? folder, title: declared ?? folder, blurb: "", configured: true } });

const frontMatter = (summary: string) =>
  `---\ntitle: Edge\ndomain: apis-edge\norder: 1\nsummary: ${summary}\nupdated: 2026-11-01\n---\n`;
const body = "# Edge\n\nRun ==code== at the edge, see <https://aws.amazon.com/lambda/edge/>.\n\n- one\n- two\n";

describe("readNote summaries", () => {
  it("derives a clean summary for a note without front matter, and shows no lead that repeats it", () => {
    const note = readNote("vault/Edge.md", "edge", place("vault"), body);
    expect(note.meta.summary).toBe("Run code at the edge, see https://aws.amazon.com/lambda/edge/.");
    expect(note.meta.leadRepeatsBody).toBe(true);
    expect(note.fromVault).toBe(true);
  });

  it("keeps the lead when the front-matter summary says something else", () => {
    const note = readNote("n/edge.md", "edge", place("apis-edge"), frontMatter("Functions close to viewers.") + body);
    expect(note.meta.summary).toBe("Functions close to viewers.");
    expect(note.meta.leadRepeatsBody).toBeUndefined();
    expect(note.fromVault).toBe(false);
  });

  it("drops the lead when the front-matter summary is the first paragraph again", () => {
    const note = readNote("n/edge.md", "edge", place("apis-edge"), frontMatter("Run code at the edge, see") + body);
    expect(note.meta.leadRepeatsBody).toBe(true);
  });

  it("knows the file line the body starts on, after front matter and the title", () => {
    expect(readNote("n/edge.md", "edge", place("apis-edge"), frontMatter("x") + body).bodyLine).toBe(9);
    expect(readNote("vault/Edge.md", "edge", place("vault"), body).bodyLine).toBe(2);
  });
});
