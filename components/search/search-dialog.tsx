"use client";
// The search dialog: a native modal <dialog> (the page behind is inert, Escape closes it, focus
// returns to the search button), an input, a live result count for screen readers and results
// that land on the heading that matched. Loaded only when search first opens.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { loadSearch, search, type SearchResult } from "@/lib/search/pagefind";

type State =
  | { status: "idle" }
  | { status: "searching"; term: string }
  | { status: "done"; term: string; total: number; results: SearchResult[] }
  | { status: "error"; term: string };

function countText(state: State): string {
  if (state.status === "searching") return "Searching…";
  if (state.status === "error") return "Search is not available right now. Check your connection and try again.";
  if (state.status !== "done") return "";
  if (state.total === 0) return `No results for “${state.term}”.`;
  const shown = state.results.length < state.total ? ` (showing ${state.results.length})` : "";
  return `${state.total} ${state.total === 1 ? "result" : "results"} for “${state.term}”${shown}.`;
}

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const titleId = useId();
  const statusId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // After showModal, which would otherwise focus the first button (Close).
    inputRef.current?.focus();
    void loadSearch().catch(() => undefined);
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    const query = term.trim();
    if (!query) return;
    let current = true;
    const timer = window.setTimeout(() => {
      setState({ status: "searching", term: query });
      search(query).then(
        (found) => current && setState({ status: "done", term: query, ...found }),
        () => current && setState({ status: "error", term: query }),
      );
    }, 80);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [term]);

  const links = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? [])];

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") {
      // A search field's own Escape only clears it: one press closes search, as everywhere else.
      event.preventDefault();
      dialogRef.current?.close();
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      links()[0]?.click();
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === "ArrowDown" ? Math.min(at + 1, all.length - 1) : at - 1;
    if (next < 0) inputRef.current?.focus();
    else all[next]?.focus();
  };

  const shown = term.trim() ? state : ({ status: "idle" } as const);
  const results = shown.status === "done" ? shown.results : [];

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => event.target === dialogRef.current && dialogRef.current?.close()}
      className="mx-auto mt-16 w-[min(40rem,calc(100vw-2rem))] max-w-none rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <h2 id={titleId} className="text-base font-semibold">
          Search notes and flashcards
        </h2>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="min-h-9 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Close<span className="sr-only"> search</span>
        </button>
      </div>
      <div className="p-4">
        <input
          ref={inputRef}
          type="search"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          onKeyDown={onInputKeyDown}
          aria-label="Search"
          aria-describedby={statusId}
          placeholder="Search notes and flashcards"
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base dark:border-slate-500 dark:bg-slate-950"
        />
        <p id={statusId} role="status" className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400">
          {countText(shown)}
        </p>
        {results.length > 0 ? (
          <ul ref={listRef} onKeyDown={onListKeyDown} className="mt-2 max-h-[60vh] space-y-2 overflow-y-auto" aria-label="Results">
            {results.map((result) => (
              <li key={result.url} className="rounded-md border border-slate-200 dark:border-slate-700">
                <a
                  data-result
                  href={result.url}
                  onClick={() => dialogRef.current?.close()}
                  className="block rounded-md p-3 hover:bg-slate-50 dark:hover:bg-slate-800"
                >
                  <span className="block font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
                    {result.title}
                    {result.kind ? <span className="ml-2 text-xs font-normal text-slate-600 no-underline dark:text-slate-400">{result.kind}</span> : null}
                  </span>
                  {/* Pagefind's excerpt: the indexed text, escaped, with <mark> around the matches. */}
                  <span className="search-excerpt mt-1 block text-sm text-slate-700 dark:text-slate-300" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
                </a>
                {result.sections.length > 0 ? (
                  <ul className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
                    {result.sections.map((section) => (
                      <li key={section.url}>
                        <a data-result href={section.url} onClick={() => dialogRef.current?.close()} className="block rounded py-1 text-sky-800 underline underline-offset-2 dark:text-sky-300">
                          {section.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </dialog>
  );
}
