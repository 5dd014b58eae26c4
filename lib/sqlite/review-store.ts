import { randomUUID } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import {
  dueBucketRange,
  dueBucketsWithout,
  historyFromRows,
  logColumnsFrom,
  memoryFromRow,
  planReview,
  schedulerSettingsOf,
  settingsForDeck,
  type LoadReading,
  type MemoryState,
  type ReviewAnswer,
  type ReviewContext,
  type ReviewLogEntry,
  type SchedulerSettings,
} from "@/core/scheduling";
import type { AnswerInput, AnswerOutcome, BatchItem, BatchItemOutcome, RecordedAnswer } from "@/lib/answers";
import { loadSchedulingContextOnSqlite } from "./scheduling-context";
import { fromSqliteDate, isSqliteUniqueViolation, prepared, toSqliteDate } from "./statements";

/*
 * The review store on SQLite: planReview's inputs read and its outputs written by prepared
 * better-sqlite3 statements in one synchronous transaction. One answer is the app's hottest
 * write, and each Prisma round trip costs about 0.2 ms here against a few microseconds for a
 * prepared statement.
 *
 * It runs in the review writer's thread (review-writer.ts), on a connection of its own, while the
 * caller holds the app connection's lock, so no interactive transaction of Prisma's is open
 * meanwhile. No `server-only` and no Prisma here: that thread loads this module by itself.
 *
 * tests/integration/review-stores.test.ts holds it to the Prisma store (lib/prisma-review-store.ts).
 */
import { StaleStateError } from "@/lib/errors";

/** A CardState row as better-sqlite3 returns it: the scheduler's columns, dates as stored text. */
type StateRow = Omit<MemoryState, "due" | "lastReview"> & { id: string; due: string; lastReview: string | null; suspended: 0 | 1 };

const SELECT_STATE = `
  SELECT "id", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "suspended"
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

// The load balancer's reads: the user's review cards due per bucket (ReviewDueCount, kept by
// triggers), and the due dates of the card's siblings.
const SELECT_DUE_COUNTS = `SELECT "bucket", "count" FROM "ReviewDueCount" WHERE "userId" = ? AND "bucket" >= ? AND "bucket" < ?`;
const SELECT_SIBLING_DUES = `
  SELECT s."due" FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
  WHERE s."userId" = ? AND s."cardId" != ? AND s."phase" = 'review' AND c."deckId" = ?
    AND c."group" != '' AND c."group" = (SELECT "group" FROM "Card" WHERE "id" = ?)`;
// A card's log in replay order: time, then id.
const SELECT_CARD_LOG = `SELECT "rating", "reviewedAt", "nextDue" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "reviewedAt", "id"`;
const SUSPEND_CARD = `UPDATE "CardState" SET "suspended" = 1 WHERE "userId" = ? AND "cardId" = ?`;

function readLoad(handle: BetterSqlite3.Database, userId: string, deckId: string, cardId: string, row: StateRow | undefined, window: { from: Date; to: Date }): LoadReading {
  const { first, end } = dueBucketRange(window.from, window.to);
  const counts = prepared(handle, SELECT_DUE_COUNTS).raw().all(userId, first, end) as [number, number][];
  const own = row ? { phase: row.phase, due: fromSqliteDate(row.due), suspended: row.suspended === 1 } : null;
  const siblings = prepared(handle, SELECT_SIBLING_DUES).all(userId, cardId, deckId, cardId) as { due: string }[];
  return { ...window, dueBuckets: dueBucketsWithout(counts, own), siblingDues: siblings.map((row) => fromSqliteDate(row.due)) };
}

function readCardHistory(handle: BetterSqlite3.Database, userId: string, cardId: string) {
  const logs = prepared(handle, SELECT_CARD_LOG).all(userId, cardId) as { rating: number; reviewedAt: string; nextDue: string }[];
  return historyFromRows(logs.map((log) => ({ rating: log.rating, reviewedAt: fromSqliteDate(log.reviewedAt), nextDue: fromSqliteDate(log.nextDue) })));
}

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

type Planned = { state: MemoryState; log: ReviewLogEntry; suspend: boolean; moved: boolean };

/**
 * Reads planReview's inputs for one answer and plans it: the load and the card's log only when
 * the plan asks for them. Null when the answer is stale.
 */
function plan(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  cardId: string,
  row: StateRow | undefined,
  context: ReviewContext,
  answer: ReviewAnswer,
  now: Date,
): Planned | null {
  const latest = prepared(handle, SELECT_LATEST).get(userId) as { reviewedAt: string } | undefined;
  const state = row ? memoryOf(row) : null;
  const latestAt = latest ? fromSqliteDate(latest.reviewedAt) : null;
  for (;;) {
    const planned = planReview(state, latestAt, context, answer, now);
    switch (planned.kind) {
      case "stale":
        return null;
      case "needsLoad":
        context = { ...context, load: readLoad(handle, userId, deckId, cardId, row, planned) };
        break;
      case "needsHistory":
        context = { ...context, cardHistory: readCardHistory(handle, userId, cardId) };
        break;
      case "planned":
        return planned;
    }
  }
}

/** The plan's writes: the card state moves from `row` (absent: a new card) to the plan's state, and the log gains its row. */
function writeAnswer(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  input: Pick<AnswerInput, "cardId" | "idempotencyKey" | "durationMs">,
  row: StateRow | undefined,
  planned: Planned,
): { reviewId: string; nextDue: Date } {
  const { state: next, log } = planned;
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
  if (planned.suspend) prepared(handle, SUSPEND_CARD).run(userId, input.cardId);
  return { reviewId, nextDue: next.due };
}

function contextFor(handle: BetterSqlite3.Database, userId: string, deckId: string, settings?: SchedulerSettings): ReviewContext {
  if (settings) return { settings: null, scheduler: settings };
  const full = settingsForDeck(loadSchedulingContextOnSqlite(handle, userId, deckId), deckId);
  return { settings: full, scheduler: schedulerSettingsOf(full) };
}

function findReplay(handle: BetterSqlite3.Database, userId: string, idempotencyKey: string): RecordedAnswer | null {
  const replay = prepared(handle, SELECT_REPLAY).get(userId, idempotencyKey) as { id: string; nextDue: string } | undefined;
  return replay ? { reviewId: replay.id, nextDue: fromSqliteDate(replay.nextDue), replayed: true } : null;
}

/** ReviewStore.recordReview on SQLite, synchronously on `handle`. */
export function recordReviewOnSqlite(
  handle: BetterSqlite3.Database,
  userId: string,
  deckId: string,
  input: AnswerInput,
  now: Date,
  settings?: SchedulerSettings,
): AnswerOutcome {
  try {
    return inWriteTransaction(handle, () => {
      const row = prepared(handle, SELECT_STATE).get(userId, input.cardId) as StateRow | undefined;
      const planned = plan(handle, userId, deckId, input.cardId, row, contextFor(handle, userId, deckId, settings), input, now);
      if (!planned) throw new StaleStateError();
      return { ...writeAnswer(handle, userId, deckId, input, row, planned), replayed: false };
    });
  } catch (error) {
    if (!(error instanceof StaleStateError) && !isSqliteUniqueViolation(error)) throw error;
    // The same key again (a replay), or another answer that got there first.
    return findReplay(handle, userId, input.idempotencyKey) ?? "conflict";
  }
}

/** ReviewStore.recordReviewBatch on SQLite: items oldest first; a key already stored is a replay and writes nothing. */
export function recordReviewBatchOnSqlite(handle: BetterSqlite3.Database, userId: string, items: readonly BatchItem[], now: Date): BatchItemOutcome[] {
  return inWriteTransaction(handle, () => {
    const contexts = new Map<string, ReviewContext>();
    const outcomes: BatchItemOutcome[] = [];
    for (const { deckId, input } of items) {
      const replay = findReplay(handle, userId, input.idempotencyKey);
      if (replay) {
        outcomes.push({ idempotencyKey: input.idempotencyKey, ...replay, moved: false });
        continue;
      }
      let context = contexts.get(deckId);
      if (!context) contexts.set(deckId, (context = contextFor(handle, userId, deckId)));
      const row = prepared(handle, SELECT_STATE).get(userId, input.cardId) as StateRow | undefined;
      // A batch answer is never stale (it has no expectedReps): it goes on top of what is stored.
      const planned = plan(handle, userId, deckId, input.cardId, row, context, input, now)!;
      outcomes.push({ idempotencyKey: input.idempotencyKey, ...writeAnswer(handle, userId, deckId, input, row, planned), replayed: false, moved: planned.moved });
    }
    return outcomes;
  });
}
