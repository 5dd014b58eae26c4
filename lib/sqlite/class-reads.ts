import type BetterSqlite3 from "better-sqlite3";
import type { ClassCardState } from "@/core/classes/deck-progress";
import type { ClassQuizAnswer } from "@/lib/class-reads";
import { prepared } from "./statements";

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

const CLASS_ANSWERS_SQL = `
  SELECT a."attemptId", a."questionId", a."response", round(unixepoch(a."answeredAt", 'subsec') * 1000)
  FROM "QuizAttempt" t JOIN "QuizAnswer" a ON a."attemptId" = t."id"
  WHERE t."quizId" = ? AND t."userId" IN (SELECT "value" FROM json_each(?))`;

export function readClassQuizAnswersOnSqlite(handle: BetterSqlite3.Database, quizId: string, userIds: readonly string[]): ClassQuizAnswer[] {
  return prepared(handle, CLASS_ANSWERS_SQL).raw(true).all(quizId, JSON.stringify(userIds)) as ClassQuizAnswer[];
}
