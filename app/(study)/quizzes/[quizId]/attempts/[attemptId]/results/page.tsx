import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeAttempt } from "@/features/quiz/access";
import { ResultsList } from "@/features/quiz/components/results-list";
import { getAttemptResults } from "@/features/quiz/data";

export const metadata: Metadata = { title: "Quiz results" };

export default async function ResultsPage({ params }: PageProps<"/quizzes/[quizId]/attempts/[attemptId]/results">) {
  const { quizId, attemptId } = await params;
  const user = await requireUser(`/quizzes/${encodeURIComponent(quizId)}/attempts/${encodeURIComponent(attemptId)}/results`);
  const attempt = await authorizeAttempt(user.id, attemptId);
  if (!attempt || attempt.quizId !== quizId) notFound();
  const results = await getAttemptResults(attempt.id);
  if (!results.submittedAt) redirect(`/quizzes/${quizId}/attempts/${attemptId}`);
  const percent = results.maxScore ? Math.round((results.score / results.maxScore) * 100) : 0;
  return (
    <section className="stack">
      <h1>{results.title}: results</h1>
      <p className="score" data-testid="quiz-score">
        {percent}% <span className="muted">({formatPoints(results.score)} of {results.maxScore} points)</span>
      </p>
      <p className="row">
        <Link className="button" href={`/quizzes/${quizId}`}>
          Quiz history and retake
        </Link>
        <Link className="button button-quiet" href={`/decks/${results.deckSlug}`}>
          Back to the deck
        </Link>
      </p>
      <ResultsList rows={results.rows} deckSlug={results.deckSlug} />
    </section>
  );
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2);
}
