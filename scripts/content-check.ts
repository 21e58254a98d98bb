// `npm run content:check [-- --json] [-- --date=YYYY-MM-DD]`: validates every note and bank; exit 1 on
// any error. Freshness warnings are judged against the build date: --date, else today (UTC).
import { formatIssue, loadContent, summarise } from "../lib/content/load";

const json = process.argv.includes("--json");
const dateArg = process.argv.find((arg) => arg.startsWith("--date="))?.slice("--date=".length);
if (dateArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateArg)) {
  console.error(`--date must be an ISO date (YYYY-MM-DD), got "${dateArg}"`);
  process.exit(1);
}
const buildDate = dateArg ?? new Date().toISOString().slice(0, 10);
const content = loadContent({ buildDate });
const errors = content.issues.filter((i) => i.severity === "error");

// Problems go to stderr so that --json leaves exactly one JSON object on stdout.
for (const issue of content.issues) console.error(formatIssue(issue));

if (json) {
  process.stdout.write(`${JSON.stringify(summarise(content))}\n`);
} else {
  const { totals } = summarise(content);
  const share = (n: number) => (totals.questions ? Math.round((n / totals.questions) * 100) : 0);
  console.log(
    `${totals.topics} topics, ${totals.questions} questions (${totals.multipleResponse} multiple response, ${share(totals.multipleResponse)}%; ` +
      `${totals.scenario} scenario, ${share(totals.scenario)}%), ${totals.flashcards} flashcards; ` +
      `${errors.length} error(s), ${content.issues.length - errors.length} warning(s)`,
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
