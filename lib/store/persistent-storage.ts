// Asking the browser to keep this site's data: without it, some browsers clear local storage under
// storage pressure or after weeks without a visit (Safari), and progress would go with it.

export type PersistState = "persisted" | "not-persisted" | "unsupported";

function api(): StorageManager | undefined {
  return typeof navigator !== "undefined" && navigator.storage && typeof navigator.storage.persist === "function" ? navigator.storage : undefined;
}

export async function persistState(): Promise<PersistState> {
  const storage = api();
  if (!storage) return "unsupported";
  try {
    return (await storage.persisted()) ? "persisted" : "not-persisted";
  } catch {
    return "unsupported";
  }
}

/** Some browsers decide silently (Chrome: by engagement), Firefox asks the candidate. */
export async function requestPersistence(): Promise<PersistState> {
  const storage = api();
  if (!storage) return "unsupported";
  try {
    return (await storage.persist()) ? "persisted" : "not-persisted";
  } catch {
    return "not-persisted";
  }
}
