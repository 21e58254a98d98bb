// /data/topics/<slug>.json: one topic's questions and flashcards, fetched only when needed, so page
// JavaScript stays the same size however large the banks grow.
import { getContent, getTopicBank } from "@/lib/content";
import { slugFromParam } from "@/lib/content/links";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().topics.map((t) => ({ file: `${t.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return Response.json(getTopicBank(slugFromParam(file).replace(/\.json$/, "")));
}
