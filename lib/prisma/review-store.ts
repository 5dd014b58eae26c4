import {
  dueBucketRange,
  dueBucketsWithout,
  historyFromRows,
  logColumnsFrom,
  memoryFromRow,
  planReview,
  rowFromMemory,
  schedulerSettingsOf,
  settingsForDeck,
  stateVersion,
  type LoadReading,
  type MemoryState,
  type ReviewAnswer,
  type ReviewContext,
  type ReviewLogEntry,
  type SchedulerSettings,
} from "@/core/scheduling";
import type { AnswerInput, AnswerOutcome, AnswerRequest, BatchItem, BatchItemOutcome, RecordedAnswer, ReviewStore } from "@/lib/answers";
import { isUniqueViolation, type Database } from "@/lib/db";
import { StaleStateError } from "@/lib/errors";
import type { CardState, Prisma } from "@/lib/generated/prisma/client";
import { loadSchedulingContext } from "@/lib/scheduling-context";

/*
 * The review store on Prisma's query API, for either engine: planReview's inputs read and its
 * outputs written by Prisma queries, one after another inside an interactive transaction (a
 * transaction is one connection, and pg deprecates overlapping queries on one). The engines'
 * own stores (lib/sqlite/, lib/postgres/) are held to it by tests/integration/review-stores.test.ts.
 */

type Tx = Prisma.TransactionClient;

async function readContext(tx: Tx, userId: string, deckId: string, settings?: SchedulerSettings): Promise<ReviewContext> {
  if (settings) return { settings: null, scheduler: settings };
  const full = settingsForDeck(await loadSchedulingContext(userId, tx, [deckId]), deckId);
  return { settings: full, scheduler: schedulerSettingsOf(full) };
}

/** What the load balancer weighs: the user's review cards due per bucket (any deck, less this card), and the card's siblings. */
async function readLoad(tx: Tx, userId: string, deckId: string, cardId: string, row: CardState | null, window: { from: Date; to: Date }): Promise<LoadReading> {
  const { first, end } = dueBucketRange(window.from, window.to);
  const counts = await tx.reviewDueCount.findMany({ where: { userId, bucket: { gte: first, lt: end } }, select: { bucket: true, count: true } });
  const card = await tx.card.findUnique({ where: { id: cardId }, select: { group: true } });
  const siblings = card?.group
    ? await tx.cardState.findMany({ where: { userId, cardId: { not: cardId }, phase: "review", card: { deckId, group: card.group } }, select: { due: true } })
    : [];
  return { ...window, dueBuckets: dueBucketsWithout(counts.map((count) => [count.bucket, count.count] as const), row), siblingDues: siblings.map((sibling) => sibling.due) };
}

type Planned = { state: MemoryState; log: ReviewLogEntry; suspend: boolean; moved: boolean };

/** Reads the rest of planReview's inputs and plans the answer; null when it is stale. */
async function plan(tx: Tx, userId: string, deckId: string, cardId: string, row: CardState | null, context: ReviewContext, answer: ReviewAnswer, now: Date): Promise<Planned | null> {
  const latest = await tx.reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } });
  const state = row ? memoryFromRow(row) : null;
  for (;;) {
    const planned = planReview(state, latest?.reviewedAt ?? null, context, answer, now);
    switch (planned.kind) {
      case "stale":
        return null;
      case "needsLoad":
        context = { ...context, load: await readLoad(tx, userId, deckId, cardId, row, planned) };
        break;
      case "needsHistory": {
        const logs = await tx.reviewLog.findMany({
          where: { userId, cardId },
          orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
          select: { rating: true, reviewedAt: true, nextDue: true },
        });
        context = { ...context, cardHistory: historyFromRows(logs) };
        break;
      }
      case "planned":
        return planned;
    }
  }
}

/** The plan's writes: compare-and-set of the card state (or its first row), the log row, the suspension. */
async function writeAnswer(tx: Tx, userId: string, deckId: string, input: AnswerInput, row: CardState | null, planned: Planned): Promise<string> {
  if (row) {
    // A concurrent answer, undo or forget on the same card makes this match nothing.
    const updated = await tx.cardState.updateMany({ where: { id: row.id, ...stateVersion(row) }, data: rowFromMemory(planned.state) });
    if (updated.count !== 1) throw new StaleStateError();
  } else {
    await tx.cardState.create({ data: { userId, cardId: input.cardId, deckId, ...rowFromMemory(planned.state) } });
  }
  const created = await tx.reviewLog.create({
    data: {
      userId,
      cardId: input.cardId,
      deckId,
      idempotencyKey: input.idempotencyKey,
      ...logColumnsFrom(planned.log),
      reviewedAt: planned.log.reviewedAt,
      durationMs: input.durationMs,
      nextDue: planned.state.due,
    },
    select: { id: true },
  });
  if (planned.suspend) await tx.cardState.update({ where: { userId_cardId: { userId, cardId: input.cardId } }, data: { suspended: true } });
  return created.id;
}

async function findReplay(client: Tx, userId: string, idempotencyKey: string): Promise<RecordedAnswer | null> {
  const log = await client.reviewLog.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: { id: true, nextDue: true } });
  return log ? { reviewId: log.id, nextDue: log.nextDue, replayed: true } : null;
}

/** ReviewStore.recordReview with Prisma. */
export async function recordReviewWithPrisma(client: Database, { userId, deckId, input, now, settings }: AnswerRequest): Promise<AnswerOutcome> {
  // No look-up of the idempotency key first: a replayed key fails the log's unique index inside
  // the transaction, which rolls back and is answered below. Answers are the hot path, replays rare.
  try {
    return await client.$transaction(async (tx) => {
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      const planned = await plan(tx, userId, deckId, input.cardId, row, await readContext(tx, userId, deckId, settings), input, now);
      if (!planned) throw new StaleStateError();
      const reviewId = await writeAnswer(tx, userId, deckId, input, row, planned);
      return { reviewId, nextDue: planned.state.due, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof StaleStateError) && !isUniqueViolation(error)) throw error;
    // A unique violation is either the same key racing in (a replay) or a first answer to a new card racing another.
    return (await findReplay(client, userId, input.idempotencyKey)) ?? "conflict";
  }
}

/** ReviewStore.recordReviewBatch with Prisma, in one transaction. */
export async function recordReviewBatchWithPrisma(client: Database, userId: string, items: readonly BatchItem[], now: Date): Promise<BatchItemOutcome[]> {
  return client.$transaction(async (tx) => {
    const contexts = new Map<string, ReviewContext>();
    const outcomes: BatchItemOutcome[] = [];
    for (const { deckId, input } of items) {
      const replay = await findReplay(tx, userId, input.idempotencyKey);
      if (replay) {
        outcomes.push({ idempotencyKey: input.idempotencyKey, ...replay, moved: false });
        continue;
      }
      let context = contexts.get(deckId);
      if (!context) contexts.set(deckId, (context = await readContext(tx, userId, deckId)));
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      // A batch answer is never stale (it has no expectedReps): it goes on top of what is stored.
      const planned = (await plan(tx, userId, deckId, input.cardId, row, context, input, now))!;
      const reviewId = await writeAnswer(tx, userId, deckId, input, row, planned);
      outcomes.push({ idempotencyKey: input.idempotencyKey, reviewId, nextDue: planned.state.due, replayed: false, moved: planned.moved });
    }
    return outcomes;
  });
}

/** The review store on Prisma; a concurrent write to a batch's card fails the whole batch, which is tried again. */
export function prismaReviewStore(client: Database): ReviewStore {
  return {
    recordReview: (request) => recordReviewWithPrisma(client, request),
    async recordReviewBatch(userId, items, now) {
      // Two syncs of the same answers racing (a flaky connection resends) collide on a key or a card
      // state; the batch rolls back whole, and the next try finds the winner's rows as replays.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await recordReviewBatchWithPrisma(client, userId, items, now);
        } catch (error) {
          if (attempt >= 3 || !(error instanceof StaleStateError || isUniqueViolation(error))) throw error;
        }
      }
    },
  };
}
