import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QUESTION_TYPE_LABELS } from "@/core/quiz/types";
import { requireUser } from "@/features/account/session";
import { authorizeOwnQuiz, authorizeQuiz } from "@/features/quiz/access";
import { QuizStartButtons } from "@/features/quiz/components/quiz-start-buttons";
import { ScoreChart } from "@/features/quiz/components/score-chart";
import { getQuizOverview } from "@/features/quiz/data";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: PageProps<"/quizzes/[quizId]">) {
  const { quizId: rawId } = await params;
  const user = await requireUser(`/quizzes/${encodeURIComponent(rawId)}`);
  const quizId = await authorizeQuiz(user.id, rawId);
  if (!quizId) notFound();
  const [quiz, own] = await Promise.all([getQuizOverview(user.id, quizId, new Date()), authorizeOwnQuiz(user.id, quizId)]);
  return (
    <section className="stack">
      <h1>{quiz.title}</h1>
      <p className="muted">
        {quiz.questionCount} question{quiz.questionCount === 1 ? "" : "s"} ·{" "}
        <span data-testid="quiz-types">{quiz.types.map((type) => `${QUESTION_TYPE_LABELS[type]} (${quiz.typeCounts[type] ?? 0})`).join(", ")}</span>
        {quiz.timeLimitSeconds ? ` · ${Math.round(quiz.timeLimitSeconds / 60)} minutes` : ""}
        {quiz.countAsReview ? " · counts as review" : ""} · from <Link href={`/decks/${quiz.deck.slug}`}>{quiz.deck.title}</Link>
      </p>
      <QuizStartButtons quizId={quiz.id} resumable={quiz.openAttemptId !== null} />
      {own ? (
        <p>
          <Link href={`/quizzes/${quiz.id}/print`}>Print as a paper test with an answer key</Link>
        </p>
      ) : null}
      <h2>Your scores</h2>
      {quiz.attempts.length === 0 ? (
        <p className="muted">No attempt submitted yet.</p>
      ) : (
        <>
          <ScoreChart points={quiz.attempts.map((attempt, i) => ({ attempt: i + 1, percent: attempt.percent, date: attempt.submittedAt.toISOString() }))} />
          <table className="table">
            <caption className="visually-hidden">Submitted attempts</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Submitted</th>
                <th scope="col">Score</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {quiz.attempts.map((attempt, i) => (
                <tr key={attempt.id}>
                  <td>{i + 1}</td>
                  <td>{attempt.submittedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                  <td>{attempt.percent}%</td>
                  <td>
                    <Link href={`/quizzes/${quiz.id}/attempts/${attempt.id}/results`}>Results</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
