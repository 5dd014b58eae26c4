import type { CardPhase } from "./memory-state";

export interface ScheduledCardRef {
  cardId: string;
  due: Date;
  phase: CardPhase;
  /** Probability of recall now (0-1); orders reviews in backlog mode. */
  retrievability?: number;
  /** Suspended cards never come due. */
  suspended?: boolean;
  /** A buried card skips the queue until this instant. */
  buriedUntil?: Date | null;
  /** The card's sibling group (cards of one fact); absent or "" = no siblings. */
  group?: string;
}

export interface QueueInput {
  now: Date;
  /** The user's cards in the deck that have been answered (not new), any order. */
  scheduled: ScheduledCardRef[];
  /** New cards the user may start, in deck order (suspended and buried ones left out). */
  unseenCardIds: string[];
  /** New cards the user has already started since the study day began. */
  newStartedToday: number;
  newCardsPerDay: number;
  /** Start of the next study day, when today's exhausted allowances renew. */
  nextDayStart: Date;
  /** Review cards answered since the study day began, and the daily maximum (absent: no limit). */
  reviewsDoneToday?: number;
  maxReviewsPerDay?: number;
  /** Earliest instant a buried new card comes back, if any is buried. */
  newBuriedUntil?: Date | null;
  /**
   * Siblings (Anki's "bury siblings"), absent = off. `groupOf` names the group of each new card
   * that has one; `answeredToday` maps each group to the cards of it answered (or introduced)
   * since the study day began. The group's other due reviews and new cards wait for the next
   * study day (a card itself is not held: reset to new, it may start again today).
   */
  siblings?: { groupOf: ReadonlyMap<string, string>; answeredToday: ReadonlyMap<string, ReadonlySet<string>> };
}

export interface Backlog {
  /** Review cards due now. */
  due: number;
  /** How many of them today's remaining allowance shows. */
  shown: number;
}

export interface StudyQueue {
  /** Card ids to show now, first one next. */
  cardIds: string[];
  dueCount: number;
  newCount: number;
  /** When the earliest card not in the queue becomes available, or null when none will. */
  nextDueAt: Date | null;
  /** Set when more reviews are due than today's maximum: the least likely to be recalled go first. */
  backlog: Backlog | null;
}

const LEARNING_PHASES: ReadonlySet<CardPhase> = new Set(["learning", "relearning"]);

/**
 * What to study now: (re)learning cards whose step has come, then due reviews (oldest first),
 * then new cards up to what is left of today's new-card allowance. Suspended and buried cards
 * stay out. When more reviews are due than the day's maximum allows, the reviews shown are the
 * ones with the lowest probability of recall now, lowest first (backlog mode).
 *
 * With siblings on, a group answered today shows none of its due reviews or new cards until the
 * next study day, and the queue itself holds at most one review or new card per group (the
 * first in order), so two siblings never start on the same day. Learning cards are never held:
 * their steps are minutes apart and skipping one would break the step. Nothing is written: the
 * hold follows from today's log, so it ends by itself when the study day does.
 */
export function buildStudyQueue(input: QueueInput): StudyQueue {
  const nowMs = input.now.getTime();
  const laterMs: number[] = [];
  const available: ScheduledCardRef[] = [];
  for (const ref of input.scheduled) {
    if (ref.suspended || ref.phase === "new") continue;
    const buriedMs = ref.buriedUntil && ref.buriedUntil.getTime() > nowMs ? ref.buriedUntil.getTime() : null;
    if (buriedMs !== null) laterMs.push(Math.max(buriedMs, ref.due.getTime()));
    else if (ref.due.getTime() > nowMs) laterMs.push(ref.due.getTime());
    else available.push(ref);
  }
  const byDue = (a: ScheduledCardRef, b: ScheduledCardRef) =>
    a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId);
  const learning = available.filter((ref) => LEARNING_PHASES.has(ref.phase)).sort(byDue);
  let reviews = available.filter((ref) => !LEARNING_PHASES.has(ref.phase)).sort(byDue);

  let backlog: Backlog | null = null;
  const reviewAllowance = Math.max(0, (input.maxReviewsPerDay ?? Infinity) - (input.reviewsDoneToday ?? 0));
  if (reviews.length > reviewAllowance) {
    const byRecall = (a: ScheduledCardRef, b: ScheduledCardRef) =>
      (a.retrievability ?? 0) - (b.retrievability ?? 0) || byDue(a, b);
    reviews = reviews.sort(byRecall);
  }
  const taken = new Set<string>();
  let heldSiblings = false;
  // The group is taken the moment a card of it is in the queue; a later sibling waits.
  const takeGroup = (cardId: string, group: string | undefined): boolean => {
    if (!input.siblings || !group) return true;
    const answered = input.siblings.answeredToday.get(group);
    const siblingAnswered = answered !== undefined && [...answered].some((id) => id !== cardId);
    if (taken.has(group) || siblingAnswered) {
      heldSiblings = true;
      return false;
    }
    taken.add(group);
    return true;
  };
  if (input.siblings) for (const ref of learning) if (ref.group) taken.add(ref.group);
  reviews = reviews.filter((ref) => takeGroup(ref.cardId, ref.group));
  if (reviews.length > reviewAllowance) {
    backlog = { due: reviews.length, shown: reviewAllowance };
    reviews = reviews.slice(0, reviewAllowance);
    laterMs.push(input.nextDayStart.getTime());
  }

  const allowance = Math.max(0, input.newCardsPerDay - input.newStartedToday);
  const fresh: string[] = [];
  for (const cardId of input.unseenCardIds) {
    if (fresh.length >= allowance) break;
    if (takeGroup(cardId, input.siblings?.groupOf.get(cardId))) fresh.push(cardId);
  }
  if (heldSiblings) laterMs.push(input.nextDayStart.getTime());
  // More new cards wait for tomorrow's allowance (unless the allowance is zero: then they never come).
  if (input.unseenCardIds.length > fresh.length && input.newCardsPerDay > 0) laterMs.push(input.nextDayStart.getTime());
  if (input.newBuriedUntil && input.newBuriedUntil.getTime() > nowMs) laterMs.push(input.newBuriedUntil.getTime());
  const nextDueMs = laterMs.length > 0 ? Math.min(...laterMs) : null;

  return {
    cardIds: [...learning, ...reviews].map((ref) => ref.cardId).concat(fresh),
    dueCount: learning.length + reviews.length,
    newCount: fresh.length,
    nextDueAt: nextDueMs === null ? null : new Date(nextDueMs),
    backlog,
  };
}

/** The backlog notice on the study screen. */
export function describeBacklog(backlog: Backlog): string {
  if (backlog.shown === 0) {
    return `Backlog: ${backlog.due} due, and today's maximum of reviews is reached. They come back tomorrow, least likely to be recalled first.`;
  }
  return `Backlog: ${backlog.due} due, showing the ${backlog.shown} you are most likely to forget first.`;
}
