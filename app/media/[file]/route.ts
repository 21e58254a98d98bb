// /media/<hash>.<ext>: the images notes show, copied into the static site under content-hashed names
// (a changed image gets a new URL, so it can be cached for ever). A static route rather than a copy
// into public/: `output: "export"` writes each one to out/media/, `next dev` serves them too, and
// nothing is left in the source tree.
import fs from "node:fs";
import { getContent } from "@/lib/content";
import { MEDIA_TYPES } from "@/lib/content/images";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Written when the notes show no image: `output: "export"` refuses a dynamic route with no params. */
const EMPTY = "none.txt";

export function generateStaticParams() {
  const media = getContent().media.map((m) => ({ file: m.name }));
  return media.length > 0 ? media : [{ file: EMPTY }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const media = getContent().media.find((m) => m.name === file);
  if (!media) return new Response(file === EMPTY ? "The notes show no images.\n" : "Not found\n", { status: file === EMPTY ? 200 : 404 });
  const type = MEDIA_TYPES[file.split(".").at(-1)!] ?? "application/octet-stream";
  return new Response(fs.readFileSync(media.source), { headers: { "Content-Type": type } });
}
