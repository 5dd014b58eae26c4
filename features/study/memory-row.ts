import { historyEntryOf, type HistoryEntry, type MemoryState, type ForgetLogEntry, type ReviewLogEntry } from "@/core/scheduling";
import type { CardState, Prisma } from "@/lib/generated/prisma/client";

/** A stored card state as the scheduler sees it (only the scheduler's columns are read). */
export function memoryFromRow(row: Pick<CardState, keyof MemoryState>): MemoryState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    phase: row.phase,
    lastReview: row.lastReview,
  };
}

/** The columns of a card state that the scheduler decides. */
export function rowFromMemory(state: MemoryState) {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    phase: state.phase,
    lastReview: state.lastReview,
  };
}

/** Log rows (oldest first) as the history replay reads. */
export function historyFromRows(rows: readonly { rating: number; reviewedAt: Date; nextDue?: Date }[]): HistoryEntry[] {
  return rows.map((row) => historyEntryOf(row.rating, row.reviewedAt, row.nextDue));
}

/** The order of a card's log: by time, then id (mutations keep a card's times strictly increasing). */
export const LOG_ORDER = [{ reviewedAt: "asc" }, { id: "asc" }] as const satisfies Prisma.ReviewLogOrderByWithRelationInput[];

/**
 * When a user's new log entry is stamped: now, or a millisecond after their latest entry if the
 * clock says otherwise (two servers, a clock stepped back, a test's frozen clock). A user's
 * entries are then strictly ordered in time: replay reads a card's log in that order, and undo
 * takes back the latest.
 */
export function nextEntryTime(latestEntryAt: Date | null, now: Date): Date {
  const last = latestEntryAt?.getTime();
  return last !== undefined && last >= now.getTime() ? new Date(last + 1) : now;
}

/**
 * When an answer given on a device at `answeredAt` is stamped: its own time, but never later than
 * the server's clock (a device's clock can run ahead) and always after the user's latest entry
 * (nextEntryTime), so a late-arriving answer never slips behind one already stored and the card's
 * log stays in time order.
 */
export function answerTime(latestEntryAt: Date | null, answeredAt: Date, now: Date): Date {
  return nextEntryTime(latestEntryAt, answeredAt.getTime() < now.getTime() ? answeredAt : now);
}

/** The time of the user's latest log entry, for `nextEntryTime`. */
export async function latestEntryAt(tx: Prisma.TransactionClient, userId: string): Promise<Date | null> {
  const latest = await tx.reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } });
  return latest?.reviewedAt ?? null;
}

/** The columns that change with every entry of a card's log: a compare-and-set matches on them. */
export function stateVersion(row: Pick<CardState, "reps" | "lastReview" | "due">) {
  return { reps: row.reps, lastReview: row.lastReview, due: row.due };
}

/** ts-fsrs's log fields of one answer (the card as it was before it), as ReviewLog columns. */
export function logColumnsFrom(log: ReviewLogEntry | ForgetLogEntry) {
  return {
    rating: log.rating,
    phase: log.phase,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
  };
}
