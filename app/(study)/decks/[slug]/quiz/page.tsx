import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { slugParamSchema } from "@/features/deck/schema";
import { QuizBuilder } from "@/features/quiz/components/quiz-builder";
import { getQuestionTypeCounts, listQuizzesForDeck } from "@/features/quiz/data";
import Link from "next/link";
import { QUESTION_TYPE_LABELS, type QuestionType } from "@/core/quiz/types";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ params }: PageProps<"/decks/[slug]/quiz">) {
  const { slug: rawSlug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(rawSlug)}/quiz`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const [counts, quizzes] = await Promise.all([getQuestionTypeCounts(deck.id), listQuizzesForDeck(user.id, deck.id)]);
  return (
    <section className="stack">
      <h1>Quiz yourself: {deck.title}</h1>
      <QuizBuilder deckSlug={deck.slug} counts={counts} />
      {quizzes.length > 0 ? (
        <section className="stack-tight">
          <h2>Your quizzes on this deck</h2>
          <ul>
            {quizzes.map((quiz) => (
              <li key={quiz.id}>
                <Link href={`/quizzes/${quiz.id}`}>{quiz.title}</Link>{" "}
                <span className="muted" data-testid="quiz-history-types">
                  {quiz.questionCount} question{quiz.questionCount === 1 ? "" : "s"} (
                  {Object.entries(quiz.typeCounts)
                    .map(([type, count]) => `${QUESTION_TYPE_LABELS[type as QuestionType]} ${count}`)
                    .join(", ")}
                  ) · {quiz.attempts} attempt{quiz.attempts === 1 ? "" : "s"} · {quiz.createdAt.toISOString().slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
