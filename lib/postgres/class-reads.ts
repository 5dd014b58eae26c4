import type pg from "pg";
import type { ClassCardState } from "@/core/classes/deck-progress";
import type { ClassQuizAnswer } from "@/lib/class-reads";

// Rows as arrays and dates as epoch milliseconds: no per-row object and no timestamp parsing.
// The students come as one array parameter, so the statement's text is the same for any class.
export const CLASS_STATES_SQL = `
  SELECT "userId", "cardId", "suspended", (extract(epoch from "due") * 1000)::float8, "stability",
    (extract(epoch from "lastReview") * 1000)::float8, "lapses", "phase"::text
  FROM "CardState" WHERE "deckId" = $1 AND "userId" = ANY($2::text[])`;

export async function readClassCardStatesOnPostgres(pool: pg.Pool, deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const result = await pool.query<ClassCardState[number][]>({ text: CLASS_STATES_SQL, values: [deckId, userIds], rowMode: "array" });
  return result.rows as unknown as ClassCardState[];
}

const CLASS_ANSWERS_SQL = `
  SELECT a."attemptId", a."questionId", a."response", (extract(epoch from a."answeredAt") * 1000)::float8
  FROM "QuizAttempt" t JOIN "QuizAnswer" a ON a."attemptId" = t."id"
  WHERE t."quizId" = $1 AND t."userId" = ANY($2::text[])`;

export async function readClassQuizAnswersOnPostgres(pool: pg.Pool, quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const result = await pool.query<ClassQuizAnswer[number][]>({ text: CLASS_ANSWERS_SQL, values: [quizId, userIds], rowMode: "array" });
  return result.rows as unknown as ClassQuizAnswer[];
}
