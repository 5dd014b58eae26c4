import { randomUUID } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { gradeCard, newMemoryState, schedulerSettingsOf, type MemoryState, type SchedulerSettings } from "@/core/scheduling";
import { db, onSqliteHandle } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import { fromSqliteDate, isSqliteUniqueViolation, prepared, toSqliteDate } from "@/lib/sqlite-connection";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { settingsForDeck } from "@/features/settings/context";
import { getSchedulingSettings, loadSchedulingContextOnSqlite } from "@/features/settings/data";
import { latestEntryAt, logColumnsFrom, memoryFromRow, nextEntryTime, rowFromMemory, stateVersion } from "./memory-row";
import type { ReviewInput } from "./schema";

export interface RecordedReview {
  reviewId: string;
  nextDue: Date;
  /** True when this idempotency key had already been recorded: nothing new was written. */
  replayed: boolean;
}

export type RecordReviewFailure = "conflict";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

class StaleStateError extends Error {}

const CONFLICT_MESSAGE = "This card was answered elsewhere in the meantime. Here is its current state.";

async function findReplay(userId: UserId, idempotencyKey: string): Promise<RecordedReview | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey } },
    select: { id: true, nextDue: true },
  });
  return log ? { reviewId: log.id, nextDue: log.nextDue, replayed: true } : null;
}

/**
 * Records one answer in one transaction: the card state moves on and the log gains a row, or
 * neither happens. The same idempotency key twice yields one row and the same answer. If the
 * card state changed underneath (another tab answered first) the answer is refused as a conflict.
 * Without `settings` the user's settings for the deck are read inside the transaction, so a
 * reschedule can never slip between reading them and grading with them.
 *
 * On SQLite the transaction runs synchronously on better-sqlite3 (recordReviewOnSqlite, below); on
 * PostgreSQL it is a Prisma transaction (recordReviewWithPrisma).
 */
export async function recordReview(
  userId: UserId,
  deckId: AuthorizedDeckId,
  input: ReviewInput,
  now: Date,
  settings?: SchedulerSettings,
): Promise<Result<RecordedReview, RecordReviewFailure>> {
  const onSqlite = onSqliteHandle((handle) => recordReviewOnSqlite(handle, userId, deckId, input, now, settings));
  if (!onSqlite) return recordReviewWithPrisma(userId, deckId, input, now, settings);
  const outcome = await onSqlite;
  return outcome === "conflict" ? fail("conflict", CONFLICT_MESSAGE) : ok(outcome);
}

/** recordReview as one Prisma interactive transaction: on PostgreSQL, and in the test that holds the SQLite version to it. */
export async function recordReviewWithPrisma(
  userId: UserId,
  deckId: AuthorizedDeckId,
  input: ReviewInput,
  now: Date,
  settings?: SchedulerSettings,
): Promise<Result<RecordedReview, RecordReviewFailure>> {
  // No look-up of the idempotency key first: a replayed key fails the log's unique index inside
  // the transaction, which rolls back and is answered below. Answers are the hot path, replays rare.
  try {
    const recorded = await db.$transaction(async (tx) => {
      // One after another: a transaction is one connection, and pg deprecates overlapping queries on one.
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      const scheduler = settings ?? schedulerSettingsOf(await getSchedulingSettings(userId, deckId, tx));
      const latest = await latestEntryAt(tx, userId);
      if (input.expectedReps !== undefined && (row?.reps ?? 0) !== input.expectedReps) throw new StaleStateError();
      const at = nextEntryTime(latest, now);
      const before = row ? memoryFromRow(row) : newMemoryState(at);
      const { next, log } = gradeCard(before, input.rating, at, scheduler);
      if (row) {
        // Compare-and-set: a concurrent answer, undo or forget on the same card makes this match nothing.
        const updated = await tx.cardState.updateMany({
          where: { id: row.id, ...stateVersion(row) },
          data: rowFromMemory(next),
        });
        if (updated.count !== 1) throw new StaleStateError();
      } else {
        await tx.cardState.create({ data: { userId, cardId: input.cardId, deckId, ...rowFromMemory(next) } });
      }
      const created = await tx.reviewLog.create({
        data: {
          userId,
          cardId: input.cardId,
          deckId,
          idempotencyKey: input.idempotencyKey,
          ...logColumnsFrom(log),
          reviewedAt: log.reviewedAt,
          durationMs: input.durationMs,
          nextDue: next.due,
        },
        select: { id: true },
      });
      return { reviewId: created.id, nextDue: next.due, replayed: false };
    });
    return ok(recorded);
  } catch (error) {
    if (error instanceof StaleStateError || isUniqueViolation(error)) {
      // A unique violation is either the same key racing in (a replay) or a first answer to a new card racing another.
      const raced = await findReplay(userId, input.idempotencyKey);
      if (raced) return ok(raced);
      return fail("conflict", CONFLICT_MESSAGE);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * recordReview on SQLite: the same reads, the same decision and the same two writes as
 * recordReviewWithPrisma, as one synchronous better-sqlite3 transaction with statements
 * prepared once. One answer is the app's hottest write, and each Prisma round trip costs about
 * 0.2 ms here against a few microseconds for a prepared statement; a synchronous transaction
 * also cannot be interleaved by another request. The caller holds the connection's lock
 * (`SqliteConnection.runExclusive`), so no interactive transaction is open on it.
 *
 * tests/integration/sqlite-hot-path.test.ts checks that both versions write the same rows.
 */

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

type SqliteReviewOutcome = { reviewId: string; nextDue: Date; replayed: boolean } | "conflict";

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

const transactions = new WeakMap<BetterSqlite3.Database, (work: () => SqliteReviewOutcome) => SqliteReviewOutcome>();

/** BEGIN IMMEDIATE … COMMIT around `work`, rolled back if it throws. */
function inWriteTransaction(handle: BetterSqlite3.Database, work: () => SqliteReviewOutcome): SqliteReviewOutcome {
  let run = transactions.get(handle);
  if (!run) {
    const transaction = handle.transaction((inner: () => SqliteReviewOutcome) => inner());
    run = (inner) => transaction.immediate(inner);
    transactions.set(handle, run);
  }
  return run(work);
}

function recordReviewOnSqlite(
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
      const scheduler = settings ?? schedulerSettingsOf(settingsForDeck(loadSchedulingContextOnSqlite(handle, userId, deckId), deckId));
      const latest = prepared(handle, SELECT_LATEST).get(userId) as { reviewedAt: string } | undefined;
      const at = nextEntryTime(latest ? fromSqliteDate(latest.reviewedAt) : null, now);
      const { next, log } = gradeCard(row ? memoryOf(row) : newMemoryState(at), input.rating, at, scheduler);
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
      return { reviewId, nextDue: next.due, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof StaleStateError) && !isSqliteUniqueViolation(error)) throw error;
    // As in mutations.ts: the same key again (a replay), or another answer that got there first.
    const replay = prepared(handle, SELECT_REPLAY).get(userId, input.idempotencyKey) as { id: string; nextDue: string } | undefined;
    return replay ? { reviewId: replay.id, nextDue: fromSqliteDate(replay.nextDue), replayed: true } : "conflict";
  }
}
