// A note's URL slug comes from its file name, whatever people name files: github-slugger's rule
// (lower case, spaces to hyphens, punctuation such as @ + & . , dropped, letters of any script kept),
// the same rule that gives headings their ids. `lambda-limits.md` stays `lambda-limits`.
import { slug as githubSlug } from "github-slugger";
import { withoutExportId } from "./notion";

/** The slug of a note file name, with or without its `.md`. */
export function slugOfFileName(fileName: string): string {
  const stem = fileName.replace(/\.md$/i, "");
  // NFC: macOS writes "é" as e + combining accent; the same name must give the same URL everywhere.
  return githubSlug(stem.normalize("NFC")) || "note";
}

export interface SlugRequest {
  /** Path of the note relative to the content folder, with `/` separators (`Compute/AWS Lambda.md`). */
  path: string;
}

export interface SlugCollision {
  slug: string;
  /** The notes that wanted `slug`, each with the slug it was given instead. */
  notes: { path: string; slug: string }[];
}

const folderOf = (notePath: string) => notePath.split("/").slice(0, -1).map(withoutExportId).join("/");

/**
 * The name a note goes by, without `.md`: its file name, or for a folder's README.md the folder's
 * name (`sections/vpc/README.md` is the VPC section of a GitHub notes repo, not a page called README).
 * Also takes a relative link's path (`../IAM/README.md`): `.` and `..` name no folder.
 */
export function noteNameOf(notePath: string): string {
  const parts = notePath.split("/");
  const file = withoutExportId(parts.at(-1)!.replace(/\.md$/i, ""));
  if (file.toLowerCase() !== "readme") return file;
  return withoutExportId(parts.slice(0, -1).findLast((part) => part !== "." && part !== "..") ?? file);
}

/**
 * Gives every note a unique slug. A note whose file-name slug no other note shares keeps it. When
 * several notes share one (`ec2.md` in two folders, or `EC2.md` beside `ec2.md`), each of them is
 * prefixed with its folder path (`compute-ec2`, `networking-ec2`); if that still clashes, the
 * notes are numbered in path order (`ec2-2`). Deterministic: the same files always give the same
 * slugs, and every collision is returned so the caller can warn about it.
 */
export function assignSlugs(paths: readonly string[]): { slugs: Map<string, string>; collisions: SlugCollision[] } {
  const sorted = [...paths].sort();
  const wanted = new Map<string, string[]>();
  for (const notePath of sorted) {
    const base = slugOfFileName(noteNameOf(notePath));
    wanted.set(base, [...(wanted.get(base) ?? []), notePath]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [base, group] of wanted) {
    if (group.length === 1) {
      slugs.set(group[0]!, base);
      taken.add(base);
    }
  }
  const collisions: SlugCollision[] = [];
  for (const [base, group] of wanted) {
    if (group.length === 1) continue;
    const notes = group.map((notePath) => {
      const folder = folderOf(notePath);
      let candidate = folder ? slugOfFileName(`${folder.replaceAll("/", " ")} ${noteNameOf(notePath)}`) : base;
      for (let n = 2; taken.has(candidate); n++) {
        candidate = `${folder ? slugOfFileName(`${folder.replaceAll("/", " ")} ${noteNameOf(notePath)}`) : base}-${n}`;
      }
      taken.add(candidate);
      slugs.set(notePath, candidate);
      return { path: notePath, slug: candidate };
    });
    collisions.push({ slug: base, notes });
  }
  return { slugs, collisions };
}
