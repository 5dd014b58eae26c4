import { historyEntryOf, type ForgetLogEntry, type HistoryEntry } from "./history";
import type { MemoryState, ReviewLogEntry } from "./memory-state";

/*
 * How a card's memory state and its log entries map to stored columns. Every store (Prisma,
 * SQLite's prepared statements, PostgreSQL's one-statement answer) writes these and nothing else.
 */

/** A stored card state as the scheduler sees it (only the scheduler's columns are read). */
export function memoryFromRow(row: { [K in keyof MemoryState]: MemoryState[K] }): MemoryState {
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
export function rowFromMemory(state: MemoryState): MemoryState {
  return memoryFromRow(state);
}

/** Log rows (oldest first) as the history replay reads. */
export function historyFromRows(rows: readonly { rating: number; reviewedAt: Date; nextDue?: Date }[]): HistoryEntry[] {
  return rows.map((row) => historyEntryOf(row.rating, row.reviewedAt, row.nextDue));
}

/** The columns that change with every entry of a card's log: a compare-and-set matches on them. */
export function stateVersion(row: Pick<MemoryState, "reps" | "lastReview" | "due">): Pick<MemoryState, "reps" | "lastReview" | "due"> {
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
