import { gradeCard, judgeLeech, mayBalance, newMemoryState, schedulerSettingsOf, type SchedulerSettings } from "@/core/scheduling";
import { db, sqliteConnectionOf } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { getSchedulingSettings } from "@/features/settings/data";
import { answerTime, historyFromRows, latestEntryAt, LOG_ORDER, logColumnsFrom, memoryFromRow, nextEntryTime, rowFromMemory, stateVersion } from "./memory-row";
import { readDailyLoad } from "./daily-load";
import type { BatchItemOutcome } from "./mutations-sqlite";
import { writeReviewBatchOffThread, writeReviewOffThread } from "./review-writer";
import type { BatchAnswerInput, ReviewInput } from "./schema";

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
 * On SQLite the transaction runs on better-sqlite3 in the review writer's thread
 * (mutations-sqlite.ts, review-writer.ts); on PostgreSQL it is a Prisma transaction
 * (recordReviewWithPrisma).
 */
export async function recordReview(
  userId: UserId,
  deckId: AuthorizedDeckId,
  input: ReviewInput,
  now: Date,
  settings?: SchedulerSettings,
): Promise<Result<RecordedReview, RecordReviewFailure>> {
  const connection = sqliteConnectionOf();
  if (!connection) return recordReviewWithPrisma(userId, deckId, input, now, settings);
  const outcome = await writeReviewOffThread(await connection, { userId, deckId, input, now, settings });
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
      // Explicit settings (tests, benchmarks) grade without the load balancer, which needs the user's day and easy days.
      const full = settings ? null : await getSchedulingSettings(userId, deckId, tx);
      const scheduler = settings ?? schedulerSettingsOf(full!);
      const latest = await latestEntryAt(tx, userId);
      if (input.expectedReps !== undefined && (row?.reps ?? 0) !== input.expectedReps) throw new StaleStateError();
      const at = nextEntryTime(latest, now);
      const { next, log } = await gradeBalanced(tx, userId, deckId, input.cardId, row, input.rating, at, scheduler, full);
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
      await suspendIfLeech(tx, userId, input.cardId, input.rating, scheduler, full);
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

type Tx = Prisma.TransactionClient;
type CardStateRow = NonNullable<Awaited<ReturnType<Tx["cardState"]["findUnique"]>>>;

/**
 * gradeCard, with the load balancer when the user's settings ask for it: the day it picks is
 * stored in the log's nextDue, which replay takes back (core/scheduling/history.ts). Explicit
 * settings (tests, benchmarks) pass `full` null and grade without it, which needs the user's day and easy days.
 */
async function gradeBalanced(
  tx: Tx,
  userId: UserId,
  deckId: AuthorizedDeckId,
  cardId: string,
  row: CardStateRow | null,
  rating: ReviewInput["rating"],
  at: Date,
  scheduler: SchedulerSettings,
  full: Awaited<ReturnType<typeof getSchedulingSettings>> | null,
): Promise<ReturnType<typeof gradeCard>> {
  const before = row ? memoryFromRow(row) : newMemoryState(at);
  const graded = gradeCard(before, rating, at, scheduler);
  if (!full?.loadBalance || !mayBalance(graded.next, scheduler.enableFuzz)) return graded;
  return gradeCard(before, rating, at, scheduler, await readDailyLoad(tx, userId, deckId, cardId, at, full));
}

/** Auto-suspend: only a failure can make a card a leech. */
async function suspendIfLeech(tx: Tx, userId: UserId, cardId: string, rating: number, scheduler: SchedulerSettings, full: { autoSuspendLeeches: boolean } | null): Promise<void> {
  if (!full?.autoSuspendLeeches || rating !== 1) return;
  const logs = await tx.reviewLog.findMany({ where: { userId, cardId }, orderBy: [...LOG_ORDER], select: { rating: true, reviewedAt: true, nextDue: true } });
  if (judgeLeech(historyFromRows(logs), scheduler).leech) {
    await tx.cardState.update({ where: { userId_cardId: { userId, cardId } }, data: { suspended: true } });
  }
}

export type { BatchItemOutcome } from "./mutations-sqlite";

/** One answer of a batch with its card's deck, authorized by the caller. */
export interface AuthorizedBatchAnswer {
  deckId: AuthorizedDeckId;
  input: BatchAnswerInput;
}

/**
 * A device's waiting answers in one transaction: all stored or none. They are taken in the time
 * they were given (ties in the order sent); each is graded from the server's own state at its
 * own time (answerTime: not after the server's clock, after the user's latest entry), so the
 * stored state is what the card's log replays to whatever the device had computed, and another
 * device's answers in between are built upon, not overwritten. A key already stored writes nothing.
 */
export async function recordReviewBatch(userId: UserId, answers: readonly AuthorizedBatchAnswer[], now: Date): Promise<BatchItemOutcome[]> {
  const items = [...answers].sort((a, b) => a.input.answeredAt.getTime() - b.input.answeredAt.getTime());
  const connection = sqliteConnectionOf();
  if (connection) return writeReviewBatchOffThread(await connection, { userId, items, now });
  // Two syncs of the same answers racing (a flaky connection resends) collide on a key or a card
  // state; the batch rolls back whole, and the next try finds the winner's rows as replays.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await recordReviewBatchWithPrisma(userId, items, now);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof StaleStateError || isUniqueViolation(error))) throw error;
    }
  }
}

/** recordReviewBatch as one Prisma interactive transaction: on PostgreSQL, and in the test that holds the SQLite version to it. */
export async function recordReviewBatchWithPrisma(userId: UserId, items: readonly AuthorizedBatchAnswer[], now: Date): Promise<BatchItemOutcome[]> {
  return db.$transaction(async (tx) => {
    const settingsByDeck = new Map<string, { scheduler: SchedulerSettings; full: Awaited<ReturnType<typeof getSchedulingSettings>> }>();
    const outcomes: BatchItemOutcome[] = [];
    for (const { deckId, input } of items) {
      const replay = await tx.reviewLog.findUnique({
        where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
        select: { id: true, nextDue: true },
      });
      if (replay) {
        outcomes.push({ idempotencyKey: input.idempotencyKey, reviewId: replay.id, nextDue: replay.nextDue, replayed: true, moved: false });
        continue;
      }
      let deckSettings = settingsByDeck.get(deckId);
      if (!deckSettings) {
        const full = await getSchedulingSettings(userId, deckId, tx);
        deckSettings = { scheduler: schedulerSettingsOf(full), full };
        settingsByDeck.set(deckId, deckSettings);
      }
      const { scheduler, full } = deckSettings;
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      const at = answerTime(await latestEntryAt(tx, userId), input.answeredAt, now);
      const { next, log } = await gradeBalanced(tx, userId, deckId, input.cardId, row, input.rating, at, scheduler, full);
      if (row) {
        // Compare-and-set, as for one answer: a concurrent write to the card fails the whole batch, which the device sends again.
        const updated = await tx.cardState.updateMany({ where: { id: row.id, ...stateVersion(row) }, data: rowFromMemory(next) });
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
      await suspendIfLeech(tx, userId, input.cardId, input.rating, scheduler, full);
      const moved = input.baseReps !== undefined && (row?.reps ?? 0) !== input.baseReps;
      outcomes.push({ idempotencyKey: input.idempotencyKey, reviewId: created.id, nextDue: next.due, replayed: false, moved });
    }
    return outcomes;
  });
}
