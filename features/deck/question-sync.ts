import type { QuizQuestion } from "@/core/generation/types";
import { cardKeyForQuestion, toQuestionSpec } from "@/core/quiz";
import type { GeneratedCard } from "@/core/generation/types";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface QuestionSyncSummary {
  questions: number;
  removedQuestions: number;
}

/**
 * Brings a deck's stored quiz questions in line with the generator's, inside the caller's
 * transaction, matched by key. A question the generator dropped is removed unless a quiz uses
 * it: past quizzes and their results must not change under a student.
 */
export async function syncQuestions(
  tx: Prisma.TransactionClient,
  deckId: string,
  questions: readonly QuizQuestion[],
  cards: readonly GeneratedCard[],
): Promise<QuestionSyncSummary> {
  const cardRows = await tx.card.findMany({ where: { deckId }, select: { id: true, key: true } });
  const cardIdByKey = new Map(cardRows.map((card) => [card.key, card.id]));
  const existing = await tx.quizQuestion.findMany({ where: { deckId }, select: { id: true, key: true, _count: { select: { items: true } } } });
  const stale = new Map(existing.map((question) => [question.key, question]));

  for (const [position, question] of questions.entries()) {
    const cardKey = cardKeyForQuestion(question, cards);
    const fields = {
      type: question.type,
      spec: JSON.stringify(toQuestionSpec(question)),
      explanation: question.explanation,
      sourcePositions: JSON.stringify([...new Set(question.sourceSentenceIds)].sort((a, b) => a - b)),
      cardId: cardKey ? (cardIdByKey.get(cardKey) ?? null) : null,
      position,
    };
    stale.delete(question.key);
    await tx.quizQuestion.upsert({
      where: { deckId_key: { deckId, key: question.key } },
      create: { deckId, key: question.key, ...fields },
      update: fields,
    });
  }
  const removable = [...stale.values()].filter((question) => question._count.items === 0).map((question) => question.id);
  if (removable.length > 0) await tx.quizQuestion.deleteMany({ where: { id: { in: removable } } });
  return { questions: questions.length, removedQuestions: removable.length };
}
