import { createEmptyCard, fsrs, Rating, State, type FSRSHistory, type Grade as FsrsGrade } from "ts-fsrs";
import { schedulerFor } from "./fsrs-instance";
import type { Grade } from "./grades";
import { fromFsrsCard, fromFsrsLog, toFsrsCard, type CardPhase, type MemoryState, type ReviewLogEntry } from "./memory-state";
import { withLoggedDue, type SchedulerSettings } from "./scheduler";

/**
 * A card's log as replay reads it: answers, and resets to new ("forget"). Everything else a log
 * row holds (the state before, the resulting due date) follows from these and the settings, so
 * a card's stored state is always `replayState(its log, its deck's current settings)`: that is
 * the invariant the property tests check, and how rescheduling and undo recompute a card.
 *
 * Fuzz stays on in replay, as in grading: ts-fsrs seeds each answer's fuzz from the review time,
 * the rep count and difficulty x stability of the card before it, all of which replay
 * reproduces exactly, so the replayed interval is the fuzzed one the user was given. (Replay
 * under *different* settings, a reschedule, draws new fuzz from the new states, as it should.)
 * A user's log times are strictly increasing (features/study/memory-row.ts, nextEntryTime), so
 * the order of a card's entries is never ambiguous.
 */
export type HistoryEntry = { kind: "review"; rating: Grade; at: Date; nextDue?: Date } | { kind: "forget"; at: Date };

/** What the log stores as the rating of a forget: ts-fsrs's Rating.Manual. */
export const FORGET_RATING = 0;

/** A log row's rating and time as a history entry; ratings other than 0-4 are not ours. */
export function historyEntryOf(rating: number, at: Date, nextDue?: Date): HistoryEntry {
  if (rating === FORGET_RATING) return { kind: "forget", at };
  if (rating === 1 || rating === 2 || rating === 3 || rating === 4) return nextDue ? { kind: "review", rating, at, nextDue } : { kind: "review", rating, at };
  throw new RangeError(`A review log rating must be 0-4, not ${rating}.`);
}

export interface ReplayStep {
  entry: HistoryEntry;
  /** The card just before this entry and just after it. */
  before: MemoryState;
  after: MemoryState;
}

function toFsrsHistory(entry: HistoryEntry): FSRSHistory {
  if (entry.kind === "review") return { rating: entry.rating as FsrsGrade, review: entry.at };
  return { rating: Rating.Manual, state: State.New, due: entry.at, review: entry.at };
}

/**
 * Replays a card's log, oldest first, with ts-fsrs's own `reschedule` (manual entries kept, so a
 * forget resets the card exactly as ts-fsrs does). The empty card starts at the first entry's
 * time so that nothing depends on the clock.
 */
export function replayHistory(entries: readonly HistoryEntry[], settings: SchedulerSettings): ReplayStep[] {
  const firstEntry = entries[0];
  if (!firstEntry) return [];
  const first = createEmptyCard(firstEntry.at);
  const { collections } = schedulerFor(settings).reschedule(first, entries.map(toFsrsHistory), {
    skipManual: false,
    first_card: first,
    now: entries[entries.length - 1]!.at,
  });
  let before = fromFsrsCard(first);
  return collections.map((item, index) => {
    const entry = entries[index]!;
    const replayed = fromFsrsCard(item.card);
    // A load-balanced answer's day is in its log row (load-balancer.ts), not in ts-fsrs's fuzz.
    const after = entry.kind === "review" ? withLoggedDue(before, replayed, entry.rating, entry.at, entry.nextDue, settings) : replayed;
    const step = { entry, before, after };
    before = after;
    return step;
  });
}

/** The state a log leads to, or null for an empty log (a card never answered). */
export function replayState(entries: readonly HistoryEntry[], settings: SchedulerSettings): MemoryState | null {
  const steps = replayHistory(entries, settings);
  return steps.length > 0 ? steps[steps.length - 1]!.after : null;
}

/** A forget's log row: the card as it was, like an answer's, with rating 0. */
export type ForgetLogEntry = Omit<ReviewLogEntry, "rating"> & { rating: typeof FORGET_RATING };

// Forgetting does not depend on any setting; a default instance builds its log.
const plainScheduler = fsrs();

/**
 * Resets a card to new at `at`, the way ts-fsrs's replay of a manual "New" entry does (counts
 * reset, last review = the reset), so the stored result is what `replayState` computes.
 */
export function forgetCard(state: MemoryState, at: Date): { next: MemoryState; log: ForgetLogEntry } {
  const { log } = plainScheduler.forget(toFsrsCard(state), at, true);
  const next: MemoryState = { ...fromFsrsCard(createEmptyCard(at)), lastReview: at };
  const phase: CardPhase = state.phase;
  return {
    next,
    // ts-fsrs's log of the forget, with Kioku's rating for it, the phase the card left and the time.
    log: { ...fromFsrsLog(log), rating: FORGET_RATING, phase, reviewedAt: at },
  };
}

/** True when two states are identical, field by field (instants to the millisecond). */
export function sameMemoryState(a: MemoryState | null, b: MemoryState | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.due.getTime() === b.due.getTime() &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsedDays === b.elapsedDays &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.phase === b.phase &&
    (a.lastReview?.getTime() ?? null) === (b.lastReview?.getTime() ?? null)
  );
}

/** True for the state of a card never answered (or whose only answers were undone). */
export function isUntouched(state: MemoryState): boolean {
  return state.phase === "new" && state.reps === 0 && state.lapses === 0 && state.lastReview === null;
}
