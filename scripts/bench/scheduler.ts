// Review queue time and storage cost per card. Filled in once lib/srs lands (issue 5).
export async function measureScheduler(): Promise<{ queueMs: Record<"10000" | "100000", number | null>; bytesPerCard: number | null; bytesPerCardByReviews: Record<string, number> }> {
  return { queueMs: { "10000": null, "100000": null }, bytesPerCard: null, bytesPerCardByReviews: {} };
}
