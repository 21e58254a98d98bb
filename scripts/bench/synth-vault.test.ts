import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { synthesizeVault, vaultNoteName } from "./synth-vault";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-vault-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("synthesizeVault", () => {
  it("writes a vault that builds without a problem: every note a page, every image found", { timeout: 60_000 }, () => {
    synthesizeVault(dir, { notes: 12, images: 3 });
    const content = loadContent({ contentDir: dir, publicDir: path.join(dir, "public") });
    expect(content.issues).toEqual([]);
    expect(content.topics).toHaveLength(12);
    expect(content.media).toHaveLength(3);
    expect(content.topics.every((t) => /<pre/.test(t.html))).toBe(true);
    expect(content.topics.filter((t) => /<img src="\/media\//.test(t.html)).length).toBe(12);
    expect(vaultNoteName(11)).toBe("Chapter 2.2 endpoint & partition");
  });
});
