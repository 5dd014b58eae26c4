import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeAttempt } from "@/features/quiz/access";
import { QuizRunner } from "@/features/quiz/components/quiz-runner";
import { getAttemptView } from "@/features/quiz/data";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: PageProps<"/quizzes/[quizId]/attempts/[attemptId]">) {
  const { quizId, attemptId } = await params;
  const user = await requireUser(`/quizzes/${encodeURIComponent(quizId)}/attempts/${encodeURIComponent(attemptId)}`);
  const attempt = await authorizeAttempt(user.id, attemptId);
  if (!attempt || attempt.quizId !== quizId) notFound();
  const view = await getAttemptView(attempt.id);
  if (view.submitted) redirect(`/quizzes/${quizId}/attempts/${attemptId}/results`);
  return (
    <section className="stack">
      <h1 className="study-title">{view.title}</h1>
      <QuizRunner view={view} />
    </section>
  );
}
