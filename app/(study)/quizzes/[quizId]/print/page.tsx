import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeOwnQuiz } from "@/features/quiz/access";
import { PrintableQuiz } from "@/features/quiz/components/printable-quiz";
import { getPrintableQuiz } from "@/features/quiz/data";

export const metadata: Metadata = { title: "Print quiz" };

/** The quiz as a paper test with its answer key: its owner only, since the key gives every answer away. */
export default async function PrintQuizPage({ params }: PageProps<"/quizzes/[quizId]/print">) {
  const { quizId: rawId } = await params;
  const user = await requireUser(`/quizzes/${encodeURIComponent(rawId)}/print`);
  const quizId = await authorizeOwnQuiz(user.id, rawId);
  if (!quizId) notFound();
  return <PrintableQuiz quiz={await getPrintableQuiz(quizId)} />;
}
