// Shown until local storage has been read: nothing persisted is rendered before that.
export function Skeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}…</span>
      <div aria-hidden="true" className="h-6 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-32 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-32 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
