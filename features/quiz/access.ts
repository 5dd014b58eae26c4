import "server-only";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";

declare const quizIdBrand: unique symbol;
/** A quiz id the current user may take: one they made, or one assigned to a class they are in. */
export type AuthorizedQuizId = string & { readonly [quizIdBrand]: true };
declare const attemptIdBrand: unique symbol;
/** An attempt id that belongs to the current user. */
export type OwnAttemptId = string & { readonly [attemptIdBrand]: true };

/**
 * A class quiz counts only if the class's instructor owns its deck (or the deck is built in): a
 * quiz someone built from a deck they were merely shown grants their students nothing.
 */
export async function authorizeQuiz(userId: UserId, quizId: string): Promise<AuthorizedQuizId | null> {
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, select: { id: true, ownerId: true, deck: { select: { ownerId: true } } } });
  if (!quiz) return null;
  if (quiz.ownerId === userId) return quiz.id as AuthorizedQuizId;
  const deckOwner = quiz.deck.ownerId;
  const assigned = await db.assignment.count({
    where: { quizId: quiz.id, class: { archivedAt: null, members: { some: { userId } }, ...(deckOwner === null ? {} : { instructorId: deckOwner }) } },
  });
  return assigned > 0 ? (quiz.id as AuthorizedQuizId) : null;
}

export async function authorizeAttempt(userId: UserId, attemptId: string): Promise<{ id: OwnAttemptId; quizId: AuthorizedQuizId } | null> {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, select: { id: true, quizId: true } });
  return attempt ? { id: attempt.id as OwnAttemptId, quizId: attempt.quizId as AuthorizedQuizId } : null;
}

declare const ownQuizBrand: unique symbol;
/** A quiz the current user made: only its owner may print it with its answer key. */
export type OwnQuizId = AuthorizedQuizId & { readonly [ownQuizBrand]: true };

const QUIZ_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function authorizeOwnQuiz(userId: UserId, quizId: string): Promise<OwnQuizId | null> {
  if (!QUIZ_ID.test(quizId)) return null;
  const quiz = await db.quiz.findFirst({ where: { id: quizId, ownerId: userId }, select: { id: true } });
  return quiz ? (quiz.id as OwnQuizId) : null;
}
