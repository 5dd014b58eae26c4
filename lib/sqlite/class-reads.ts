import type BetterSqlite3 from "better-sqlite3";
import type { ClassCardState } from "@/core/classes/deck-progress";
import type { ClassQuizAnswer, ClassQuizAttemptRow, ClassRosterRow, StampTable } from "@/lib/class-reads";
import { prepared, toSqliteDate } from "./statements";

// Dates are stored as ISO text; unixepoch(..., 'subsec') reads them as seconds with the
// milliseconds as a fraction, and round() makes whole milliseconds of them again. Parsing the
// text in JavaScript cost more than the query. The students come as one JSON array parameter,
// so the statement is prepared once whatever the class's size.
export const CLASS_STATES_SQL = `
  SELECT "userId", "cardId", "suspended", round(unixepoch("due", 'subsec') * 1000), "stability",
    round(unixepoch("lastReview", 'subsec') * 1000), "lapses", "phase"
  FROM "CardState" WHERE "deckId" = ? AND "userId" IN (SELECT "value" FROM json_each(?))`;

type SqliteRow = [string, string, number | boolean, number, number, number | null, number, ClassCardState[7]];

export function readClassCardStatesOnSqlite(handle: BetterSqlite3.Database, deckId: string, userIds: readonly string[]): ClassCardState[] {
  const rows = prepared(handle, CLASS_STATES_SQL).raw(true).all(deckId, JSON.stringify(userIds)) as SqliteRow[];
  // SQLite stores booleans as 0 and 1.
  for (const row of rows) row[2] = row[2] === 1;
  return rows as unknown as ClassCardState[];
}

// Stamps as text: one form on both engines (PostgreSQL's driver gives a bigint as text).
const STAMPS_SQL = {
  CardStateStamp: `SELECT "userId", CAST("stamp" AS TEXT) FROM "CardStateStamp" WHERE "deckId" = ? AND "userId" IN (SELECT "value" FROM json_each(?))`,
  QuizAttemptStamp: `SELECT "userId", CAST("stamp" AS TEXT) FROM "QuizAttemptStamp" WHERE "quizId" = ? AND "userId" IN (SELECT "value" FROM json_each(?))`,
};

/** The stamps `userIds` have in deck or quiz `scopeId` (lib/class-reads.ts). */
export function readStampsOnSqlite(handle: BetterSqlite3.Database, table: StampTable, scopeId: string, userIds: readonly string[]): [userId: string, stamp: string][] {
  return prepared(handle, STAMPS_SQL[table]).raw(true).all(scopeId, JSON.stringify(userIds)) as [string, string][];
}

const CLASS_ATTEMPTS_SQL = `
  SELECT "id", "userId", round(unixepoch("startedAt", 'subsec') * 1000), round(unixepoch("deadline", 'subsec') * 1000),
    round(unixepoch("submittedAt", 'subsec') * 1000), "score", "maxScore"
  FROM "QuizAttempt" WHERE "quizId" = ? AND "userId" IN (SELECT "value" FROM json_each(?))`;

export function readClassQuizAttemptRowsOnSqlite(handle: BetterSqlite3.Database, quizId: string, userIds: readonly string[]): ClassQuizAttemptRow[] {
  return prepared(handle, CLASS_ATTEMPTS_SQL).raw(true).all(quizId, JSON.stringify(userIds)) as ClassQuizAttemptRow[];
}

const CLASS_ANSWERS_SQL = `
  SELECT a."attemptId", a."questionId", a."response", round(unixepoch(a."answeredAt", 'subsec') * 1000)
  FROM "QuizAttempt" t JOIN "QuizAnswer" a ON a."attemptId" = t."id"
  WHERE t."quizId" = ? AND t."userId" IN (SELECT "value" FROM json_each(?))`;

export function readClassQuizAnswersOnSqlite(handle: BetterSqlite3.Database, quizId: string, userIds: readonly string[]): ClassQuizAnswer[] {
  return prepared(handle, CLASS_ANSWERS_SQL).raw(true).all(quizId, JSON.stringify(userIds)) as ClassQuizAnswer[];
}

const ROSTER_SQL = `
  SELECT u."id", u."name", u."email", round(unixepoch(e."joinedAt", 'subsec') * 1000)
  FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId"
  WHERE e."classId" = ? ORDER BY u."name", u."id"`;

export function readClassRosterOnSqlite(handle: BetterSqlite3.Database, classId: string): ClassRosterRow[] {
  return prepared(handle, ROSTER_SQL).raw(true).all(classId) as ClassRosterRow[];
}

// Stored dates are ISO text in one format (toSqliteDate), so a range on them is a text range and
// the (userId, reviewedAt) index serves it.
const RECENT_REVIEWS_SQL = `
  SELECT "userId", count(*) FROM "ReviewLog"
  WHERE "userId" IN (SELECT "value" FROM json_each(?)) AND "reviewedAt" >= ? AND "deckId" = ?
  GROUP BY "userId"`;

export function countRecentReviewsOnSqlite(handle: BetterSqlite3.Database, deckId: string, userIds: readonly string[], since: Date): [string, number][] {
  return prepared(handle, RECENT_REVIEWS_SQL).raw(true).all(JSON.stringify(userIds), toSqliteDate(since), deckId) as [string, number][];
}

const FITTED_PARAMETERS_SQL = `
  SELECT "userId", "fsrsParameters" FROM "UserSettings"
  WHERE "userId" IN (SELECT "value" FROM json_each(?)) AND "fsrsParameters" IS NOT NULL`;

export function readFittedParametersOnSqlite(handle: BetterSqlite3.Database, userIds: readonly string[]): [string, string][] {
  return prepared(handle, FITTED_PARAMETERS_SQL).raw(true).all(JSON.stringify(userIds)) as [string, string][];
}
