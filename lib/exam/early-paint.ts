// The running exam's first paint, before any page JavaScript has loaded (issue 12.7, issue 16).
//
// The exam page's HTML cannot hold the question: which one is on screen lives in this browser's
// storage. Waiting for React means waiting for the framework's scripts, the store, the tab lock and
// every bank file of the attempt. Instead, an inline script in the page reads the saved attempt and
// writes the question's number, topic and stem into a placeholder laid out exactly like the exam
// screen. React replaces the placeholder when the full screen is ready.
//
// Where the stem comes from:
// - the copy of the question on screen that the exam page keeps (lib/store/exam-screen), when it
//   names the saved attempt and the question that attempt is on. The script then runs while the
//   HTML is parsed, so the question is in the page's first frame, and no request comes before it;
// - otherwise (an exam started before that copy existed, another tab moved on, no room to keep it)
//   the bank index and the one topic file that holds the question, fetched by the script.
// Either way the script starts the index and the attempt's topic files for React. It shares its
// fetches with lib/data/fetch-bank (`EARLY_FETCHES`), so nothing is downloaded twice.
//
// `earlyExamPaint` runs in the browser as the text of an inline script: it must be self-contained
// (no imports, no outer variables) and must never throw.

export { EARLY_FETCHES } from "@/lib/data/early-fetches";

/** Element ids of the placeholder's parts. */
export const EARLY_IDS = {
  root: "exam-early",
  label: "exam-early-label",
  number: "exam-early-number",
  topic: "exam-early-topic",
  question: "exam-early-question",
  stem: "exam-early-stem",
  choose: "exam-early-choose",
  /** The stem's placeholder, hidden once the stem is painted (the options' placeholder stays). */
  stemSkeleton: "exam-early-stem-skeleton",
} as const;

export interface EarlyPaintConfig {
  storageKey: string;
  /** Where the exam page keeps a copy of the question on screen (lib/store/exam-screen). */
  screenKey: string;
  /** "" or the site's base path ("/stratus"). */
  base: string;
  fetches: string;
  ids: typeof EARLY_IDS;
  /** Exam kind → its name, for attempts without a profile name (lib/exam/labels). */
  kinds: Record<string, string>;
}

export function earlyExamPaint(c: EarlyPaintConfig): void {
  try {
    const saved = JSON.parse(localStorage.getItem(c.storageKey) || "null");
    const a = saved?.state?.examActive;
    if (!a || a.status !== "running" || !(a.deadline > Date.now()) || !a.config || !Array.isArray(a.questionIds)) return;
    const id: unknown = a.questionIds[a.current];
    const topics: unknown[] = Array.isArray(a.config.topics) ? a.config.topics : [];
    if (typeof id !== "string" || typeof fetch !== "function") return;
    const w = window as unknown as Record<string, Record<string, Promise<Response>> | undefined>;
    const fetches = (w[c.fetches] ??= {});
    const byId = (name: string) => document.getElementById(name);
    const topicPath = (slug: string) => `/data/topics/${encodeURIComponent(slug)}.json`;
    const get = (path: string) => {
      const url = c.base + path;
      // A clone is read here: the response's own body stays unread for fetch-bank.
      return (fetches[url] ??= fetch(url)).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.clone().json();
      });
    };
    // For React only: not when it (lib/data/fetch-bank) or this script has started that file already.
    const start = (path: string) => {
      if (!fetches[c.base + path]) get(path).catch(() => {});
    };
    const rest = () => {
      for (const slug of topics.slice(0, 500)) if (typeof slug === "string") start(topicPath(slug));
    };
    const show = (topicTitle: string, stemHtml: string, choose: number) => {
      // Not when React has replaced the placeholder already.
      if (!byId(c.ids.root)?.isConnected) return;
      const profile: unknown = a.config.profile?.name;
      const name = (typeof profile === "string" && profile) || c.kinds[a.config.kind] || "Exam";
      byId(c.ids.label)!.textContent = a.config.mode === "practice" ? `${name} (practice mode)` : name;
      byId(c.ids.number)!.textContent = `Question ${a.current + 1} of ${a.questionIds.length}`;
      byId(c.ids.topic)!.textContent = topicTitle;
      byId(c.ids.stem)!.innerHTML = stemHtml;
      if (choose > 1) {
        const line = byId(c.ids.choose)!;
        line.textContent = `Choose ${choose}.`;
        line.hidden = false;
      }
      byId(c.ids.stemSkeleton)!.hidden = true;
      byId(c.ids.question)!.hidden = false;
    };
    let screen: { attemptId?: unknown; questionId?: unknown; topicTitle?: unknown; stemHtml?: unknown; choose?: unknown } | null = null;
    try {
      screen = JSON.parse(localStorage.getItem(c.screenKey) || "null");
    } catch {
      // A damaged copy: the question is fetched instead.
    }
    if (
      screen &&
      screen.attemptId === a.id &&
      screen.questionId === id &&
      typeof screen.topicTitle === "string" &&
      typeof screen.stemHtml === "string" &&
      typeof screen.choose === "number"
    ) {
      show(screen.topicTitle, screen.stemHtml, screen.choose);
      // The exam screen needs the index and the attempt's topic files: once the question is on
      // screen, so they never compete with what the first frame needs (the page's stylesheet).
      // React starts any it needs before then itself (lib/data/fetch-bank notes them here).
      let started = false;
      const files = () => {
        if (started) return;
        started = true;
        start("/data/index.json");
        rest();
      };
      if (document.hidden) return files();
      try {
        new PerformanceObserver((list, observer) => {
          if (!list.getEntries().some((e) => e.name === "first-contentful-paint")) return;
          observer.disconnect();
          files();
        }).observe({ type: "paint", buffered: true });
      } catch {
        // No paint timing in this browser: the timer below starts them.
      }
      setTimeout(files, 1000);
      return;
    }
    get("/data/index.json")
      .then((index: { topics?: { slug: string; title: string; questionIds: string[] }[] }) => {
        const topic = (index.topics ?? []).find((t) => Array.isArray(t.questionIds) && t.questionIds.includes(id));
        if (!topic) return rest();
        return get(topicPath(topic.slug)).then((bank: { questions?: { id: string; stemHtml: string; choose: number }[] }) => {
          const question = (bank.questions ?? []).find((q) => q.id === id);
          // Not when the question has left the bank.
          if (question) show(topic.title, question.stemHtml, question.choose);
          // The exam screen needs the attempt's other topic files too: after this paint.
          setTimeout(rest, 0);
        });
      })
      .catch(() => {
        // React fetches the files itself and reports a failure.
      });
  } catch {
    // Damaged or foreign saved data: React's exam screen says what it can.
  }
}

/** The inline script's source: the function above, called with this site's settings. */
export function earlyExamPaintScript(config: EarlyPaintConfig): string {
  return `(${earlyExamPaint.toString()})(${JSON.stringify(config)});`;
}
