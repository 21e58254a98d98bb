// A look at the saved exam without loading the store (zustand, the scheduler): pages that only need
// to know whether an exam is running stay small and fast.
import { STORAGE_KEY } from "./key";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether saved data holds an exam in progress. Never throws; damaged data reads as "no". */
export function hasSavedExam(storage: Pick<Storage, "getItem"> | undefined): boolean {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "null");
    return isObject(parsed) && isObject(parsed.state) && isObject(parsed.state.examActive);
  } catch {
    return false;
  }
}
