"use client";
import { useStratus } from "@/lib/store";
import { selectSetAside } from "@/lib/store/exam-slice";

/** Stored exam records that could not be read are kept, and the candidate is told. */
export function SetAsideNotice() {
  const setAside = useStratus(selectSetAside);
  if (setAside.length === 0) return null;
  return (
    <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm dark:border-amber-500 dark:bg-amber-950/40">
      {setAside.length} saved exam record{setAside.length === 1 ? "" : "s"} could not be read (
      {[...new Set(setAside.map((r) => r.what))].join(", ")}). They are kept in this browser&apos;s storage, untouched,
      but not shown.
    </p>
  );
}
