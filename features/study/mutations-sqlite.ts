import { randomUUID } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import {
  dailyLoadOf,
  gradeCard,
  judgeLeech,
  loadWindowEnd,
  mayBalance,
  newMemoryState,
  schedulerSettingsOf,
  startOfStudyDay,
  studyDayWeekday,
  type DailyLoad,
  type MemoryState,
  type SchedulerSettings,
  type SchedulingSettings,
} from "@/core/scheduling";
import { settingsForDeck } from "@/features/settings/context";
import { loadSchedulingContextOnSqlite } from "@/features/settings/context-sqlite";
import { fromSqliteDate, isSqliteUniqueViolation, prepared, toSqliteDate } from "@/lib/sqlite-connection";
import { answerTime, historyFromRows, logColumnsFrom, memoryFromRow, nextEntryTime } from "./memory-row";
import type { BatchAnswerInput, ReviewInput } from "./schema";

/*
 * recordReview on SQLite: the same reads, the same decision and the same two writes as
 * recordReviewWithPrisma (mutations.ts), as one synchronous better-sqlite3 transaction with
 * statements prepared once. One answer is the app's hottest write, and each Prisma round trip
 * costs about 0.2 ms here against a few microseconds for a prepared statement.
 *
 * It runs in the review writer's thread (review-writer.ts), on a connection of its own, while the
 * caller holds the app connection's lock, so no interactive transaction of Prisma's is open
 * meanwhile. No `server-only` and no Prisma here: that thread loads this module by itself.
 *
 * tests/integration/sqlite-hot-path.test.ts checks that both versions write the same rows.
 */

class StaleStateError extends Error {}

/** A CardState row as better-sqlite3 returns it: the scheduler's columns, dates as stored text. */
type StateRow = Omit<MemoryState, "due" | "lastReview"> & { id: string; due: string; lastReview: string | null };

const SELECT_STATE = `
  SELECT "id", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview"
  FROM "CardState" WHERE "userId" = ? AND "cardId" = ?`;
const SELECT_LATEST = `SELECT "reviewedAt" FROM "ReviewLog" WHERE "userId" = ? ORDER BY "reviewedAt" DESC LIMIT 1`;
const SELECT_REPLAY = `SELECT "id", "nextDue" FROM "ReviewLog" WHERE "userId" = ? AND "idempotencyKey" = ?`;
// The compare-and-set of mutations.ts's stateVersion: reps, lastReview and due as they were read.
const UPDATE_STATE = `
  UPDATE "CardState" SET "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "phase" = ?, "lastReview" = ?, "updatedAt" = ?
  WHERE "id" = ? AND "reps" = ? AND "lastReview" IS ? AND "due" = ?`;
const INSERT_STATE = `
  INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
    "learningSteps", "reps", "lapses", "phase", "lastReview", "suspended", "buriedUntil", "updatedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)`;
const INSERT_LOG = `
  INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "idempotencyKey", "rating", "phase", "due", "stability", "difficulty",
    "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "nextDue", "createdAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

// The load balancer's reads (features/study/daily-load.ts on Prisma): stored dates are ISO text, so they compare as text.
const SELECT_DUES = `
  SELECT "due" FROM "CardState"
  WHERE "userId" = ? AND "phase" = 'review' AND "suspended" = 0 AND "due" >= ? AND "due" < ? AND "cardId" != ?`;
const SELECT_SIBLING_DUES = `
  SELECT s."due" FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
  WHERE s."userId" = ? AND s."cardId" != ? AND s."phase" = 'review' AND c."deckId" = ?
    AND c."group" != '' AND c."group" = (SELECT "group" FROM "Card" WHERE "id" = ?)`;

function readDailyLoadOnSqlite(handle: BetterSqlite3.Database, userId: string, deckId: string, cardId: string, at: Date, settings: SchedulingSettings): DailyLoad {
  const todayStart = startOfStudyDay(at, settings.timeZone, settings.dayStartHour);
  const dues = prepared(handle, SELECT_DUES).all(userId, toSqliteDate(todayStart), toSqliteDate(loadWindowEnd(todayStart)), cardId) as { due: string }[];
  const siblings = prepared(handle, SELECT_SIBLING_DUES).all(userId, cardId, deckId, cardId) as { due: string }[];
  return dailyLoadOf({
    dues: dues.map((row) => fromSqliteDate(row.due)),
    siblingDues: siblings.map((row) => fromSqliteDate(row.due)),
    todayStart,
    todayWeekday: studyDayWeekday(at, settings.timeZone, settings.dayStartHour),
    easyDays: settings.easyDays,
  });
}

// LOG_ORDER (memory-row.ts): time, then id.
const SELECT_CARD_LOG = `SELECT "rating", "reviewedAt", "nextDue" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "reviewedAt", "id"`;
const SUSPEND_CARD = `UPDATE "CardState" SET "suspended" = 1 WHERE "userId" = ? AND "cardId" = ?`;

export type SqliteReviewOutcome = { reviewId: string; nextDue: Date; replayed: boolean } | "conflict";

function memoryOf(row: StateRow): MemoryState {
  return memoryFromRow({ ...row, due: fromSqliteDate(row.due), lastReview: row.lastReview === null ? null : fromSqliteDate(row.lastReview) });
}

function stateColumns(state: MemoryState) {
  return [
    toSqliteDate(state.due),
    state.stability,
    state.difficulty,
    state.elapsedDays,
    state.scheduledDays,
    state.learningSteps,
    state.reps,
    state.lapses,
    state.phase,
    state.lastReview === null ? null : toSqliteDate(state.lastReview),
  ];
}

const transactions = new WeakMap<BetterSqlite3.Database, (work: () => unknown) => unknown>();

/** BEGIN IMMEDIATE … COMMIT around `work`, rolled back if it throws. */
function inWriteTransaction<T>(handle: BetterSqlite3.Database, work: () => T): T {
  let run = transactions.get(handle);
  if (!run) {
    const transaction = handle.transaction((inner: () => unknown) => inner());
    run = (inner) => transaction.immediate(inner);
    transactions.set(handle, run);
  }
  return run(work) as T;
}

/** The answer's two writes: the card state moves from `row` (absent: a new card) to `next`, and the log gains its row. */
function writeAnswer(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  input: Pick<ReviewInput, "cardId" | "idempotencyKey" | "durationMs">,
  row: StateRow | undefined,
  graded: ReturnType<typeof gradeCard>,
): { reviewId: string; nextDue: Date } {
  const { next, log } = graded;
  // Audit columns carry the wall clock, as Prisma's @updatedAt and now() do.
  const stamp = toSqliteDate(new Date());
  if (row) {
    const updated = prepared(handle, UPDATE_STATE).run(...stateColumns(next), stamp, row.id, row.reps, row.lastReview, row.due);
    if (updated.changes !== 1) throw new StaleStateError();
  } else {
    prepared(handle, INSERT_STATE).run(randomUUID(), userId, input.cardId, deckId, ...stateColumns(next), stamp);
  }
  const columns = logColumnsFrom(log);
  const reviewId = randomUUID();
  prepared(handle, INSERT_LOG).run(
    reviewId,
    userId,
    input.cardId,
    deckId,
    input.idempotencyKey,
    columns.rating,
    columns.phase,
    toSqliteDate(columns.due),
    columns.stability,
    columns.difficulty,
    columns.elapsedDays,
    columns.lastElapsedDays,
    columns.scheduledDays,
    columns.learningSteps,
    toSqliteDate(log.reviewedAt),
    input.durationMs,
    toSqliteDate(next.due),
    stamp,
  );
  return { reviewId, nextDue: next.due };
}

export function recordReviewOnSqlite(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  input: ReviewInput,
  now: Date,
  settings?: SchedulerSettings,
): SqliteReviewOutcome {
  try {
    return inWriteTransaction(handle, () => {
      const row = prepared(handle, SELECT_STATE).get(userId, input.cardId) as StateRow | undefined;
      if (input.expectedReps !== undefined && (row?.reps ?? 0) !== input.expectedReps) throw new StaleStateError();
      // Explicit settings (tests, benchmarks) grade without the load balancer, as in mutations.ts.
      const full = settings ? null : settingsForDeck(loadSchedulingContextOnSqlite(handle, userId, deckId), deckId);
      const scheduler = settings ?? schedulerSettingsOf(full!);
      const latest = prepared(handle, SELECT_LATEST).get(userId) as { reviewedAt: string } | undefined;
      const at = nextEntryTime(latest ? fromSqliteDate(latest.reviewedAt) : null, now);
      const graded = gradeBalanced(handle, userId, deckId, input.cardId, row, input.rating, at, scheduler, full);
      const written = writeAnswer(handle, userId, deckId, input, row, graded);
      suspendIfLeech(handle, userId, input.cardId, input.rating, scheduler, full);
      return { ...written, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof StaleStateError) && !isSqliteUniqueViolation(error)) throw error;
    // As in mutations.ts: the same key again (a replay), or another answer that got there first.
    const replay = prepared(handle, SELECT_REPLAY).get(userId, input.idempotencyKey) as { id: string; nextDue: string } | undefined;
    return replay ? { reviewId: replay.id, nextDue: fromSqliteDate(replay.nextDue), replayed: true } : "conflict";
  }
}

/**
 * gradeCard, with the load balancer when the user's settings ask for it (as in mutations.ts): the
 * day it picks is stored in the log's nextDue, which replay takes back (core/scheduling/history.ts).
 * Explicit settings (tests, benchmarks) pass `full` null and grade without it.
 */
function gradeBalanced(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  cardId: string,
  row: StateRow | undefined,
  rating: ReviewInput["rating"],
  at: Date,
  scheduler: SchedulerSettings,
  full: SchedulingSettings | null,
): ReturnType<typeof gradeCard> {
  const before = row ? memoryOf(row) : newMemoryState(at);
  const graded = gradeCard(before, rating, at, scheduler);
  if (!full?.loadBalance || !mayBalance(graded.next, scheduler.enableFuzz)) return graded;
  return gradeCard(before, rating, at, scheduler, readDailyLoadOnSqlite(handle, userId, deckId, cardId, at, full));
}

/** Auto-suspend, as in mutations.ts: only a failure can make a card a leech. */
function suspendIfLeech(handle: BetterSqlite3.Database, userId: string, cardId: string, rating: number, scheduler: SchedulerSettings, full: SchedulingSettings | null): void {
  if (!full?.autoSuspendLeeches || rating !== 1) return;
  const logs = prepared(handle, SELECT_CARD_LOG).all(userId, cardId) as { rating: number; reviewedAt: string; nextDue: string }[];
  const history = historyFromRows(logs.map((log) => ({ rating: log.rating, reviewedAt: fromSqliteDate(log.reviewedAt), nextDue: fromSqliteDate(log.nextDue) })));
  if (judgeLeech(history, scheduler).leech) prepared(handle, SUSPEND_CARD).run(userId, cardId);
}

/** One answer of a batch, its deck authorized by the caller. */
export interface BatchItem {
  deckId: string;
  input: BatchAnswerInput;
}

export type BatchItemOutcome = {
  idempotencyKey: string;
  reviewId: string;
  nextDue: Date;
  replayed: boolean;
  /** The stored state was not the one the device graded from (another device or tab answered meanwhile). */
  moved: boolean;
};

/**
 * A batch of answers (mutations.ts, recordReviewBatch) in one transaction: answers from a
 * device's queue, in the order they were given. Each is graded here from the stored state, at
 * `answerTime` (its own time, never after the server's clock, always after the user's latest
 * entry), so the stored state is always what the log replays to, whatever the device computed.
 * A key already stored is a replay and writes nothing.
 */
export function recordReviewBatchOnSqlite(handle: BetterSqlite3.Database, userId: string, items: readonly BatchItem[], now: Date): BatchItemOutcome[] {
  return inWriteTransaction(handle, () => {
    const settingsByDeck = new Map<string, { scheduler: SchedulerSettings; full: SchedulingSettings }>();
    const outcomes: BatchItemOutcome[] = [];
    for (const { deckId, input } of items) {
      const replay = prepared(handle, SELECT_REPLAY).get(userId, input.idempotencyKey) as { id: string; nextDue: string } | undefined;
      if (replay) {
        outcomes.push({ idempotencyKey: input.idempotencyKey, reviewId: replay.id, nextDue: fromSqliteDate(replay.nextDue), replayed: true, moved: false });
        continue;
      }
      let deckSettings = settingsByDeck.get(deckId);
      if (!deckSettings) {
        const full = settingsForDeck(loadSchedulingContextOnSqlite(handle, userId, deckId), deckId);
        deckSettings = { scheduler: schedulerSettingsOf(full), full };
        settingsByDeck.set(deckId, deckSettings);
      }
      const { scheduler, full } = deckSettings;
      const row = prepared(handle, SELECT_STATE).get(userId, input.cardId) as StateRow | undefined;
      const latest = prepared(handle, SELECT_LATEST).get(userId) as { reviewedAt: string } | undefined;
      const at = answerTime(latest ? fromSqliteDate(latest.reviewedAt) : null, input.answeredAt, now);
      const graded = gradeBalanced(handle, userId, deckId, input.cardId, row, input.rating, at, scheduler, full);
      const moved = input.baseReps !== undefined && (row?.reps ?? 0) !== input.baseReps;
      outcomes.push({ idempotencyKey: input.idempotencyKey, ...writeAnswer(handle, userId, deckId, input, row, graded), replayed: false, moved });
      suspendIfLeech(handle, userId, input.cardId, input.rating, scheduler, full);
    }
    return outcomes;
  });
}
