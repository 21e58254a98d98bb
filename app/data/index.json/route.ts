// /data/index.json: ids of every question and flashcard per topic. Small, so pages can plan an
// exam or a review queue before fetching any question text.
import { getBankIndex } from "@/lib/content";

export const dynamic = "force-static";

export function GET() {
  return Response.json(getBankIndex());
}
