import type { ClassCardState } from "@/core/classes/deck-progress";
import { db, onSqliteHandle, postgresPoolOf } from "@/lib/db";
import { readClassCardStatesOnPostgres, readClassQuizAnswersOnPostgres } from "@/lib/postgres/class-reads";
import { readClassCardStatesOnSqlite, readClassQuizAnswersOnSqlite } from "@/lib/sqlite/class-reads";

/*
 * The class view's big reads: every state a set of students has on one deck (200 students x 80
 * cards is 16,000 rows) and every answer they gave in a quiz. Through Prisma, building a full
 * object with Date fields per row cost about five times the bare query; here each engine returns
 * plain tuples with the dates as epoch milliseconds (lib/sqlite/class-reads.ts,
 * lib/postgres/class-reads.ts). The Prisma versions beside them are the reference the tests hold
 * both to.
 */

/** The states `userIds` have on deck `deckId`, deleted cards included (the caller knows which cards are live), in no particular order. */
export function readClassCardStates(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassCardStatesOnPostgres(pool, deckId, userIds);
  return onSqliteHandle((handle) => readClassCardStatesOnSqlite(handle, deckId, userIds)) ?? readClassCardStatesWithPrisma(deckId, userIds);
}

export async function readClassCardStatesWithPrisma(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const rows = await db.cardState.findMany({
    where: { deckId, userId: { in: [...userIds] } },
    select: { userId: true, cardId: true, suspended: true, due: true, stability: true, lastReview: true, lapses: true, phase: true },
  });
  return rows.map((row) => [row.userId, row.cardId, row.suspended, row.due.getTime(), row.stability, row.lastReview?.getTime() ?? null, row.lapses, row.phase] as const);
}

/** One saved answer: its attempt, its question, the response as stored (JSON text) and when it was saved (epoch ms). */
export type ClassQuizAnswer = readonly [attemptId: string, questionId: string, response: string, answeredAt: number];

/** Every answer saved in `userIds`'s attempts at quiz `quizId`, in no particular order. */
export function readClassQuizAnswers(quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassQuizAnswersOnPostgres(pool, quizId, userIds);
  return onSqliteHandle((handle) => readClassQuizAnswersOnSqlite(handle, quizId, userIds)) ?? readClassQuizAnswersWithPrisma(quizId, userIds);
}

export async function readClassQuizAnswersWithPrisma(quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const rows = await db.quizAnswer.findMany({
    where: { attempt: { quizId, userId: { in: [...userIds] } } },
    select: { attemptId: true, questionId: true, response: true, answeredAt: true },
  });
  return rows.map((row) => [row.attemptId, row.questionId, row.response, row.answeredAt.getTime()] as const);
}
