// The Pagefind search runtime (out/pagefind/pagefind.js, written by the build), loaded on first use
// only. The npm package types only its Node API, so the browser API is typed here, as far as used.
import { BASE_PATH, withBasePath } from "@/lib/content/links";
import { segmentCjk } from "./segment";

export interface SearchHit {
  url: string;
  title: string;
  /** HTML: Pagefind escapes the indexed text and adds only <mark> around matched words. */
  excerpt: string;
}

export interface SearchResult extends SearchHit {
  /** "Flashcard" for a card; absent for a note. */
  kind?: string;
  /** The headings of the note that matched, best first: each result lands on its section. */
  sections: SearchHit[];
}

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] }>;
}

let loading: Promise<PagefindApi> | undefined;

/** Starts loading the search runtime (idempotent): called when the dialog opens, before typing. */
export function loadSearch(): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ withBasePath("/pagefind/pagefind.js"))) as PagefindApi;
    await api.options({ baseUrl: `${BASE_PATH}/`, excerptLength: 24 });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The first `limit` results for `term`, each with the sections that matched. */
export async function search(term: string, limit = 8): Promise<{ total: number; results: SearchResult[] }> {
  const api = await loadSearch();
  const found = await api.search(segmentCjk(term).trim());
  const fragments = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const results = fragments.map((f): SearchResult => {
    // A fragment's own url is the page; its sub results are the headings (with #ids) that matched.
    const sections = (f.sub_results ?? []).filter((s) => s.url !== f.url && s.url.includes("#")).slice(0, 3);
    const best = sections[0];
    return {
      url: best?.url ?? f.url,
      title: best ? `${f.meta.title ?? f.url} › ${best.title}` : (f.meta.title ?? f.url),
      excerpt: best?.excerpt ?? f.excerpt,
      kind: f.meta.kind,
      sections: sections.slice(1),
    };
  });
  return { total: found.results.length, results };
}
