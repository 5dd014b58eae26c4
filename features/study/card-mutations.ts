import { randomUUID } from "node:crypto";
import { forgetCard, newMemoryState, replayState, schedulerSettingsOf, startOfNextStudyDay } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { getSchedulingSettings, type DbClient } from "@/features/card-state/data";
import { db } from "@/lib/db";
import { AppError, fail, ok, StaleStateError, type Result } from "@/lib/errors";
import { latestEntryAt, LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, logColumnsFrom, memoryFromRow, nextEntryTime, rowFromMemory, stateVersion } from "@/core/scheduling";

/** Card state changes other than answering: undo, forget, suspend, bury. One transaction each. */

const CONFLICT_MESSAGE = "This card changed in another tab in the meantime. Nothing was changed here; try again.";

async function runCardTransaction<T, R extends string>(work: (tx: DbClient) => Promise<Result<T, R>>): Promise<Result<T, R | "conflict">> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof StaleStateError) return fail("conflict", CONFLICT_MESSAGE);
    throw error;
  }
}

async function cardIsInDeck(tx: DbClient, cardId: string, deckId: AuthorizedDeckId): Promise<boolean> {
  return (await tx.card.count({ where: { id: cardId, deckId, deletedAt: null } })) === 1;
}

const NOT_FOUND = "That card does not exist or is not yours to study.";

export interface UndoneEntry {
  cardId: string;
  /** 1-4 for an answer, 0 for a forget. */
  rating: number;
}

/**
 * Takes back the user's most recent entry in this deck (an answer or a forget): its log row is
 * deleted and the card goes back to the state the rest of its log replays to, which is exactly
 * the state before that entry (the settings it was recorded under are still the current ones:
 * every settings change reschedules). Only this user's own log is ever looked at.
 */
export async function undoLastReview(userId: UserId, deckId: AuthorizedDeckId): Promise<Result<UndoneEntry, "nothingToUndo" | "conflict">> {
  return runCardTransaction(async (tx) => {
    const last = await tx.reviewLog.findFirst({
      where: { userId, deckId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true, cardId: true, rating: true },
    });
    if (!last) return fail("nothingToUndo", "There is nothing to undo: you have not answered any card in this deck.");
    // In turn, not in parallel: one transaction is one connection.
    const logs = await tx.reviewLog.findMany({ where: { userId, cardId: last.cardId }, orderBy: [...LOG_ORDER], select: { id: true, rating: true, reviewedAt: true, nextDue: true } });
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    const settings = await getSchedulingSettings(userId, deckId, tx);
    if (!row || logs[logs.length - 1]?.id !== last.id) throw new AppError("invariant", `Card ${last.cardId} has a log but no matching state.`);

    const removed = await tx.reviewLog.deleteMany({ where: { id: last.id, userId } });
    if (removed.count !== 1) throw new StaleStateError();
    const restored = replayState(historyFromRows(logs.slice(0, -1)), schedulerSettingsOf(settings));
    const where = { id: row.id, ...stateVersion(row) };
    let changed: { count: number };
    if (restored) {
      changed = await tx.cardState.updateMany({ where, data: rowFromMemory(restored) });
    } else if (row.suspended || row.buriedUntil) {
      // Back to never answered, but a suspension or burial set since is kept on the row.
      changed = await tx.cardState.updateMany({ where, data: rowFromMemory(newMemoryState(logs[0]!.reviewedAt)) });
    } else {
      // Before its first answer the card had no row at all.
      changed = await tx.cardState.deleteMany({ where });
    }
    if (changed.count !== 1) throw new StaleStateError();
    return ok({ cardId: last.cardId, rating: last.rating });
  });
}

/**
 * Resets a card to new. The reset is logged (rating 0, ts-fsrs's "Manual") so that replaying
 * the log reproduces it; undo can take it back like an answer.
 */
export async function forgetStudyCard(
  userId: UserId,
  deckId: AuthorizedDeckId,
  cardId: string,
  now: Date,
): Promise<Result<{ cardId: string }, "notFound" | "alreadyNew" | "conflict">> {
  return runCardTransaction(async (tx) => {
    if (!(await cardIsInDeck(tx, cardId, deckId))) return fail("notFound", NOT_FOUND);
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
    if (!row || row.phase === "new") return fail("alreadyNew", "This card is already new: there is nothing to forget.");
    const at = nextEntryTime(await latestEntryAt(tx, userId), now);
    const { next, log } = forgetCard(memoryFromRow(row), at);
    const updated = await tx.cardState.updateMany({ where: { id: row.id, ...stateVersion(row) }, data: rowFromMemory(next) });
    if (updated.count !== 1) throw new StaleStateError();
    await tx.reviewLog.create({
      data: {
        userId,
        cardId,
        deckId,
        idempotencyKey: `forget-${randomUUID()}`,
        ...logColumnsFrom(log),
        reviewedAt: at,
        durationMs: 0,
        nextDue: next.due,
      },
    });
    return ok({ cardId });
  });
}

/** Flags on a card's row; a card never answered gets a row in its new state to carry them. */
async function setFlags(
  tx: DbClient,
  userId: UserId,
  deckId: AuthorizedDeckId,
  cardId: string,
  now: Date,
  flags: { suspended?: boolean; buriedUntil?: Date | null },
): Promise<void> {
  await tx.cardState.upsert({
    where: { userId_cardId: { userId, cardId } },
    create: { userId, cardId, deckId, ...rowFromMemory(newMemoryState(now)), ...flags },
    update: flags,
  });
}

/** Suspends (out of every queue until unsuspended) or unsuspends a card. The log is untouched. */
export async function setCardSuspended(
  userId: UserId,
  deckId: AuthorizedDeckId,
  cardId: string,
  suspended: boolean,
  now: Date,
): Promise<Result<{ suspended: boolean }, "notFound" | "conflict">> {
  return runCardTransaction(async (tx) => {
    if (!(await cardIsInDeck(tx, cardId, deckId))) return fail("notFound", NOT_FOUND);
    await setFlags(tx, userId, deckId, cardId, now, { suspended });
    return ok({ suspended });
  });
}

/** Hides a card until the user's next study day starts (in their zone, at their day-start hour); null unburies. */
export async function setCardBuried(
  userId: UserId,
  deckId: AuthorizedDeckId,
  cardId: string,
  bury: boolean,
  now: Date,
): Promise<Result<{ buriedUntil: Date | null }, "notFound" | "conflict">> {
  return runCardTransaction(async (tx) => {
    if (!(await cardIsInDeck(tx, cardId, deckId))) return fail("notFound", NOT_FOUND);
    const settings = await getSchedulingSettings(userId, deckId, tx);
    const buriedUntil = bury ? startOfNextStudyDay(now, settings.timeZone, settings.dayStartHour) : null;
    await setFlags(tx, userId, deckId, cardId, now, { buriedUntil });
    return ok({ buriedUntil });
  });
}
