import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = {
  title: "How readiness is estimated",
  description: "How Stratus predicts your exam score, its interval and your chance of passing, and how accurate that was on simulated learners.",
};

// The figures below come from the benchmark's readiness step (`npm run bench`, scripts/bench/readiness.ts);
// bench/RESULTS.md has the latest run. Update them together.
export default function ReadinessMethodPage() {
  return (
    <article className="prose prose-slate max-w-3xl dark:prose-invert">
      <h1>How readiness is estimated</h1>
      <p>
        The readiness panel answers one question: if you sat your exam on your date, what would you score? It
        works only from what this browser knows: every question&apos;s memory state and the first answer you ever
        gave to each question.
      </p>
      <h2 id="model">The model</h2>
      <ul>
        <li>
          The exam draws its scored questions from each domain by the exam profile&apos;s weights (the exam
          guide&apos;s blueprint), and within a domain from any of its questions.
        </li>
        <li>
          For a question you have studied, the chance of a right answer on the day is your chance of recalling it
          (FSRS retrievability, the same memory model that schedules your reviews), plus, if you have forgotten it,
          the chance of getting it right as if you met it fresh.
        </li>
        <li>
          For a question you have not seen, that &quot;fresh&quot; chance is your first-attempt accuracy in its
          domain: a Beta posterior from your first answers there, shrunk toward your overall first-attempt rate so
          that a domain with few answers borrows from the rest. Mock exams count: every question first met in a
          mock is a first answer, and every mock answer updates that question&apos;s memory.
        </li>
        <li>
          The interval and the chance of passing come from the model itself: 4,000 simulated exams, each drawing
          your accuracy from its posterior and then each domain&apos;s right answers from a binomial. The
          interval holds the middle 80% of those outcomes.
        </li>
        <li>
          &quot;On your exam date&quot; assumes you study nothing more, so it shows how much you would forget. The
          plan shows what to do instead.
        </li>
        <li>With fewer than 20 answered questions the panel says so rather than printing a number.</li>
      </ul>
      <h2 id="accuracy">How accurate it is</h2>
      <p>
        The benchmark simulates 300 learners who study a 600-question bank for 60 days with varied habits (3 to 20
        new items a day, studying on 20% to 100% of days, some sitting mock exams). Their memory follows FSRS&apos;s
        forgetting curve with a hidden personal factor the app does not know, and each question has its own hidden
        difficulty. On day 60 each sits one 65-question mock, and the prediction made that morning is compared
        with the result.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Result</th>
            <th scope="col">Goal</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Mean absolute error of the predicted score</td>
            <td>4.3 points</td>
            <td>≤ 5 points</td>
          </tr>
          <tr>
            <td>Scores inside the 80% interval</td>
            <td>84%</td>
            <td>75–85%</td>
          </tr>
          <tr>
            <td>Brier score of the pass chance (lower is better; always saying the average pass rate scores 0.23)</td>
            <td>0.08</td>
            <td>as low as possible</td>
          </tr>
        </tbody>
      </table>
      <p>
        Much of the remaining error is the exam&apos;s own luck: 65 questions answered with a 70% chance each
        still spread over about ±6 points. No prediction can remove that; the interval shows it.
      </p>
      <p>
        The model cannot know what the real exam&apos;s questions are like compared with these banks: treat the
        numbers as a measure of how well you know this material.
      </p>
      <p>
        <TextLink href="/progress/">Back to your progress</TextLink> · <Link href="/settings/">Set your exam date in Settings</Link>
      </p>
    </article>
  );
}
