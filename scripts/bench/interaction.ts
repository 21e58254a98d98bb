// Answer-to-paint over a 65-question mock. Filled in once the exam page lands (issue 4).
export async function measureInteraction(baseUrl: string, chromePath: string): Promise<{ median: number; max: number } | null> {
  void baseUrl;
  void chromePath;
  return null;
}
