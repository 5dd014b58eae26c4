import type pg from "pg";
import type { ClassCardState } from "@/core/classes/deck-progress";
import { timestampParam } from "./review-store";
import type { ClassQuizAnswer, ClassQuizAttemptRow, ClassRosterRow, StampTable } from "@/lib/class-reads";

// Rows as arrays and dates as epoch milliseconds: no per-row object and no timestamp parsing.
// date_part gives the epoch as float8 seconds, which round() brings back to whole milliseconds
// exactly (the columns hold milliseconds; a float8's error at these sizes is under 0.001 ms);
// extract() works in numeric and took twice the server's time for the same numbers.
// The students come as one array parameter, so the statement's text is the same for any class.
export const CLASS_STATES_SQL = `
  SELECT "userId", "cardId", "suspended", round(date_part('epoch', "due") * 1000), "stability",
    round(date_part('epoch', "lastReview") * 1000), "lapses", "phase"::text
  FROM "CardState" WHERE "deckId" = $1 AND "userId" = ANY($2::text[])`;

export async function readClassCardStatesOnPostgres(pool: pg.Pool, deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const result = await pool.query<ClassCardState[number][]>({ text: CLASS_STATES_SQL, values: [deckId, userIds], rowMode: "array" });
  return result.rows as unknown as ClassCardState[];
}

const STAMPS_SQL = {
  CardStateStamp: `SELECT "userId", "stamp"::text FROM "CardStateStamp" WHERE "deckId" = $1 AND "userId" = ANY($2::text[])`,
  QuizAttemptStamp: `SELECT "userId", "stamp"::text FROM "QuizAttemptStamp" WHERE "quizId" = $1 AND "userId" = ANY($2::text[])`,
};

/** The stamps `userIds` have in deck or quiz `scopeId` (lib/class-reads.ts). */
export async function readStampsOnPostgres(pool: pg.Pool, table: StampTable, scopeId: string, userIds: readonly string[]): Promise<[userId: string, stamp: string][]> {
  return (await pool.query<[string, string]>({ text: STAMPS_SQL[table], values: [scopeId, userIds], rowMode: "array" })).rows;
}

const CLASS_ATTEMPTS_SQL = `
  SELECT "id", "userId", round(date_part('epoch', "startedAt") * 1000), round(date_part('epoch', "deadline") * 1000),
    round(date_part('epoch', "submittedAt") * 1000), "score", "maxScore"
  FROM "QuizAttempt" WHERE "quizId" = $1 AND "userId" = ANY($2::text[])`;

export async function readClassQuizAttemptRowsOnPostgres(pool: pg.Pool, quizId: string, userIds: readonly string[]): Promise<ClassQuizAttemptRow[]> {
  const result = await pool.query<ClassQuizAttemptRow[number][]>({ text: CLASS_ATTEMPTS_SQL, values: [quizId, userIds], rowMode: "array" });
  return result.rows as unknown as ClassQuizAttemptRow[];
}

const CLASS_ANSWERS_SQL = `
  SELECT a."attemptId", a."questionId", a."response", round(date_part('epoch', a."answeredAt") * 1000)
  FROM "QuizAttempt" t JOIN "QuizAnswer" a ON a."attemptId" = t."id"
  WHERE t."quizId" = $1 AND t."userId" = ANY($2::text[])`;

export async function readClassQuizAnswersOnPostgres(pool: pg.Pool, quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const result = await pool.query<ClassQuizAnswer[number][]>({ text: CLASS_ANSWERS_SQL, values: [quizId, userIds], rowMode: "array" });
  return result.rows as unknown as ClassQuizAnswer[];
}

const ROSTER_SQL = `
  SELECT u."id", u."name", u."email", round(date_part('epoch', e."joinedAt") * 1000)
  FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId"
  WHERE e."classId" = $1 ORDER BY u."name", u."id"`;

export async function readClassRosterOnPostgres(pool: pg.Pool, classId: string): Promise<ClassRosterRow[]> {
  const result = await pool.query<ClassRosterRow[number][]>({ text: ROSTER_SQL, values: [classId], rowMode: "array" });
  return result.rows as unknown as ClassRosterRow[];
}

const RECENT_REVIEWS_SQL = `
  SELECT "userId", count(*)::int FROM "ReviewLog"
  WHERE "userId" = ANY($1::text[]) AND "reviewedAt" >= $2::timestamp(3) AND "deckId" = $3
  GROUP BY "userId"`;

export async function countRecentReviewsOnPostgres(pool: pg.Pool, deckId: string, userIds: readonly string[], since: Date): Promise<[string, number][]> {
  const result = await pool.query<[string, number]>({ text: RECENT_REVIEWS_SQL, values: [userIds, timestampParam(since), deckId], rowMode: "array" });
  return result.rows;
}

const FITTED_PARAMETERS_SQL = `
  SELECT "userId", "fsrsParameters" FROM "UserSettings" WHERE "userId" = ANY($1::text[]) AND "fsrsParameters" IS NOT NULL`;

export async function readFittedParametersOnPostgres(pool: pg.Pool, userIds: readonly string[]): Promise<[string, string][]> {
  return (await pool.query<[string, string]>({ text: FITTED_PARAMETERS_SQL, values: [userIds], rowMode: "array" })).rows;
}
