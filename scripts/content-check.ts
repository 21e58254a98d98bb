// `npm run content:check [-- --json] [-- --date=YYYY-MM-DD] [-- --all]`: validates every note and bank;
// exit 1 on any error. A warning repeated in many files is shown three times and counted; --all lists all. Freshness warnings are judged against the build date: --date, else today (UTC).
// `--build` is the first step of `npm run build`: content errors stop the build in seconds, before
// Next compiles anything, as `path:line: message` lines (no stack trace), and warnings are counted.
import { loadContentCached } from "../lib/content/cache";
import { formatIssue, formatIssues, summarise } from "../lib/content/load";

const json = process.argv.includes("--json");
const build = process.argv.includes("--build");
const all = process.argv.includes("--all");
const dateArg = process.argv.find((arg) => arg.startsWith("--date="))?.slice("--date=".length);
if (dateArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateArg)) {
  console.error(`--date must be an ISO date (YYYY-MM-DD), got "${dateArg}"`);
  process.exit(1);
}
const buildDate = dateArg ?? new Date().toISOString().slice(0, 10);
const started = performance.now();
let content: ReturnType<typeof loadContentCached>;
try {
  content = loadContentCached({ buildDate });
} catch (error) {
  // A content folder that cannot be read at all: one line, no stack.
  console.error(`content: ${(error as Error).message}`);
  process.exit(1);
}
const errors = content.issues.filter((i) => i.severity === "error");
const warnings = content.issues.length - errors.length;

// Problems go to stderr so that --json leaves exactly one JSON object on stdout.
for (const line of all ? content.issues.map(formatIssue) : formatIssues(content.issues)) console.error(line);

if (json) {
  process.stdout.write(`${JSON.stringify(summarise(content))}\n`);
} else if (build) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (errors.length > 0) console.error(`Content: ${errors.length} error(s), ${warnings} warning(s): fix the errors above, then build again.`);
  else console.log(`Content: ${content.topics.length} notes, ${content.media.length} images; ${warnings} warning(s) (checked in ${seconds} s)`);
} else {
  const { totals } = summarise(content);
  const share = (n: number) => (totals.questions ? Math.round((n / totals.questions) * 100) : 0);
  console.log(
    `${totals.topics} topics, ${totals.questions} questions (${totals.multipleResponse} multiple response, ${share(totals.multipleResponse)}%; ` +
      `${totals.scenario} scenario, ${share(totals.scenario)}%), ${totals.flashcards} flashcards; ` +
      `${errors.length} error(s), ${warnings} warning(s)`,
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
