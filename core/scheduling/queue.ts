import type { CardPhase } from "./memory-state";

export const DEFAULT_NEW_CARDS_PER_DAY = 20;

export interface ScheduledCardRef {
  cardId: string;
  due: Date;
  phase: CardPhase;
}

export interface QueueInput {
  now: Date;
  /** The user's cards in the deck that have a memory state, any order. */
  scheduled: ScheduledCardRef[];
  /** Cards the user has never seen, in deck order. */
  unseenCardIds: string[];
  /** New cards the user has already started since the study day began. */
  newStartedToday: number;
  newCardsPerDay: number;
  /** Start of the next study day, when today's exhausted new-card allowance renews. */
  nextDayStart: Date;
}

export interface StudyQueue {
  /** Card ids to show now, first one next. */
  cardIds: string[];
  dueCount: number;
  newCount: number;
  /** When the earliest card not in the queue becomes available, or null when none will. */
  nextDueAt: Date | null;
}

const LEARNING_PHASES: ReadonlySet<CardPhase> = new Set(["learning", "relearning"]);

/**
 * What to study now: (re)learning cards whose step has come, then due reviews (oldest first),
 * then new cards up to what is left of today's new-card allowance.
 */
export function buildStudyQueue(input: QueueInput): StudyQueue {
  const nowMs = input.now.getTime();
  const due = input.scheduled.filter((ref) => ref.due.getTime() <= nowMs);
  const byDue = (a: ScheduledCardRef, b: ScheduledCardRef) =>
    a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId);
  const learning = due.filter((ref) => LEARNING_PHASES.has(ref.phase)).sort(byDue);
  const reviews = due.filter((ref) => !LEARNING_PHASES.has(ref.phase)).sort(byDue);
  const allowance = Math.max(0, input.newCardsPerDay - input.newStartedToday);
  const fresh = input.unseenCardIds.slice(0, allowance);

  const laterMs = input.scheduled.map((ref) => ref.due.getTime()).filter((dueMs) => dueMs > nowMs);
  if (input.unseenCardIds.length > fresh.length) laterMs.push(input.nextDayStart.getTime());
  const nextDueMs = laterMs.length > 0 ? Math.min(...laterMs) : null;

  return {
    cardIds: [...learning, ...reviews].map((ref) => ref.cardId).concat(fresh),
    dueCount: learning.length + reviews.length,
    newCount: fresh.length,
    nextDueAt: nextDueMs === null ? null : new Date(nextDueMs),
  };
}
