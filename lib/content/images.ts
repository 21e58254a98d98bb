// Finds the image a note means, the way Obsidian does, and gives it a content-hashed URL under /media/.
// Build-time only (file system). The files are served by the static route app/media/[file]/route.ts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface ResolvedImage {
  /** Site URL: `/media/<hash>.<ext>` for a local file, the path itself for one in public/. */
  url: string;
  width?: number;
  height?: number;
}

/** A local image copied into the site: its hashed file name under /media/ and where it comes from. */
export interface MediaFile {
  name: string;
  source: string;
}

export const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;

export const MEDIA_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
  avif: "image/avif",
  bmp: "image/bmp",
  ico: "image/x-icon",
};

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules") return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Obsidian's "Default location for new attachments" (`.obsidian/app.json`), if the vault has one. */
function attachmentFolder(contentDir: string): string | undefined {
  try {
    const settings = JSON.parse(fs.readFileSync(path.join(contentDir, ".obsidian", "app.json"), "utf8")) as { attachmentFolderPath?: unknown };
    return typeof settings.attachmentFolderPath === "string" && settings.attachmentFolderPath !== "/" ? settings.attachmentFolderPath : undefined;
  } catch {
    return undefined;
  }
}

const inside = (folder: string, target: string) => target === folder || target.startsWith(folder + path.sep);

/**
 * Resolves image references of notes in `contentDir`. In order, as Obsidian looks:
 * 1. a path relative to the note (`./Images/x.png`, `../images/x.png`, `Images/x.png`);
 * 2. a path from the top of the content folder (`Attachments/x.png`);
 * 3. the vault's attachment folder (`.obsidian/app.json`, `./sub` meaning beside the note);
 * 4. a file of that name anywhere in the content folder, if only one has it;
 * and a site path (`/diagrams/x.svg`) is a file of public/.
 */
export class ImageResolver {
  private readonly byName = new Map<string, string[]>();
  private readonly hashed = new Map<string, MediaFile & { width?: number; height?: number }>();
  private readonly attachments: string | undefined;

  constructor(
    private readonly contentDir: string,
    private readonly publicDir: string,
  ) {
    for (const file of listFiles(contentDir)) {
      if (!IMAGE_EXTENSIONS.test(file)) continue;
      const key = path.basename(file).normalize("NFC").toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), file]);
    }
    this.attachments = attachmentFolder(contentDir);
  }

  /** Every local image a note used, to be written into the site. */
  media(): MediaFile[] {
    return [...this.hashed.values()].map(({ name, source }) => ({ name, source }));
  }

  /** Where `src`, written in the note at `noteFile` (absolute path), points; undefined when nowhere. */
  resolve(src: string, noteFile: string): ResolvedImage | undefined {
    let target: string;
    try {
      target = decodeURIComponent(src.split(/[?#]/)[0]!).normalize("NFC");
    } catch {
      target = src;
    }
    if (!target) return undefined;
    if (target.startsWith("/")) {
      const file = path.resolve(this.publicDir, `.${target}`);
      if (inside(this.publicDir, file) && isFile(file)) return { url: src, ...dimensions(file) };
      // An absolute path may also mean the top of the vault.
    }
    const noteDir = path.dirname(noteFile);
    const relative = target.replace(/^\/+/, "");
    const candidates = [path.resolve(noteDir, relative), path.resolve(this.contentDir, relative)];
    if (this.attachments) {
      const folder = this.attachments.startsWith("./") ? path.resolve(noteDir, this.attachments) : path.resolve(this.contentDir, this.attachments);
      candidates.push(path.join(folder, path.basename(relative)));
    }
    const found = candidates.find((file) => inside(this.contentDir, file) && isFile(file)) ?? this.byFileName(relative, noteDir);
    return found ? this.publish(found) : undefined;
  }

  /**
   * By file name anywhere in the content, as Obsidian finds `![[x.png]]`: the one file of that name,
   * or, when several folders have one (`Images/image-23.png` in every chapter), the one nearest the
   * note (the most folders in common with it), if only one is nearest.
   */
  private byFileName(relative: string, noteDir: string): string | undefined {
    const matches = this.byName.get(path.basename(relative).toLowerCase()) ?? [];
    if (matches.length <= 1) return matches[0];
    const shared = (file: string) => {
      const a = path.dirname(file).split(path.sep);
      const b = noteDir.split(path.sep);
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    const best = Math.max(...matches.map(shared));
    const nearest = matches.filter((file) => shared(file) === best);
    return nearest.length === 1 ? nearest[0] : undefined;
  }

  private publish(file: string): ResolvedImage {
    const bytes = fs.readFileSync(file);
    const extension = path.extname(file).slice(1).toLowerCase();
    const name = `${crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${extension}`;
    let entry = this.hashed.get(name);
    if (!entry) {
      entry = { name, source: file, ...dimensions(file, bytes) };
      this.hashed.set(name, entry);
    }
    return { url: `/media/${name}`, width: entry.width, height: entry.height };
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function dimensions(file: string, bytes?: Buffer): { width?: number; height?: number } {
  try {
    const { width, height } = imageSize(bytes ?? fs.readFileSync(file));
    return width && height ? { width, height } : {};
  } catch {
    return {};
  }
}
