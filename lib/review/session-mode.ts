// Which cards a review session shows, as the review page's address asks. Pure.
export type SessionMode =
  | { kind: "due" }
  /** `ahead`: once nothing of the topic is due, practise its cards that are not due yet. */
  | { kind: "topic"; topic: string; ahead: boolean }
  /** Exactly these items, once each, in this order ("Practise these" from missed questions). */
  | { kind: "ids"; ids: readonly string[] };

export function modeFromSearch(search: URLSearchParams): SessionMode {
  const ids = search.get("ids");
  if (ids) {
    const list = [...new Set(ids.split(",").map((s) => s.trim()).filter(Boolean))];
    if (list.length > 0) return { kind: "ids", ids: list };
  }
  const topic = search.get("topic");
  if (topic) return { kind: "topic", topic, ahead: false };
  return { kind: "due" };
}
