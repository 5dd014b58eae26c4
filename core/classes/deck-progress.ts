/*
 * A class's progress on one deck, from the students' card states in one pass: what the class
 * page's progress table (per student) and "hardest cards" list (per card) are made of. The
 * predicted recall of each state is computed once, with its student's own FSRS model, and
 * shared by both tables.
 */

/** The phases of core/scheduling's MemoryState. */
type Phase = "new" | "learning" | "review" | "relearning";

/**
 * One student's state of one card, as the class view reads it: who, which card, suspended, due
 * (ms since the epoch), stability (days), last review (ms since the epoch, null if never), lapses,
 * phase. A tuple, not an object: a class reads tens of thousands of them on every page view.
 */
export type ClassCardState = readonly [userId: string, cardId: string, suspended: boolean, due: number, stability: number, lastReview: number | null, lapses: number, phase: Phase];

/** A student's model as a function: recall (0-1) at `atMs` of a card with this stability and last review (core/scheduling recallCurveOf). */
export type RecallCurve = (stability: number, lastReviewMs: number, atMs: number) => number;

export interface StudentDeckProgress {
  /** Cards studied (a state exists) and not suspended. */
  studied: number;
  dueNow: number;
  /** Due a day or more ago. */
  overdue: number;
  /** Sum of the studied, unsuspended cards' recall at the due date; a mean over the deck divides it by the deck's size. */
  recallSum: number;
}

export interface CardClassProgress {
  /** Students with a state of the card, suspended ones included. */
  studiedBy: number;
  lapses: number;
  /** Sum over those students of their recall at the due date. */
  recallSum: number;
}

export interface DeckProgress {
  byStudent: Map<string, StudentDeckProgress>;
  byCard: Map<string, CardClassProgress>;
  /** The states with a lapse, the only ones that can be leeches, in reading order. */
  lapsed: { userId: string; cardId: string }[];
}

const DAY = 86_400_000;

/**
 * Per-student arrays (of states, of attempts) one after another. Array.prototype.flat took 2.7 ms
 * for 200 arrays of 80 where this loop takes 0.4 ms, and a class view does it on every view.
 */
export function concatGroups<T>(groups: readonly (readonly T[])[]): T[] {
  const all: T[] = [];
  for (const group of groups) for (const item of group) all.push(item);
  return all;
}

/** One state's recall at `dueAtMs` on `curve`: 0 for a card never reviewed (new, or no last review). */
export function recallOfState(state: ClassCardState, curve: RecallCurve, dueAtMs: number): number {
  const [, , , , stability, lastReview, , phase] = state;
  return phase === "new" || lastReview === null ? 0 : curve(stability, lastReview, dueAtMs);
}

/** Each of `states`' recall at `dueAtMs` on `curve`, by position. */
export function recallsOfStates(states: readonly ClassCardState[], curve: RecallCurve, dueAtMs: number): Float64Array {
  const recalls = new Float64Array(states.length);
  for (let i = 0; i < states.length; i += 1) recalls[i] = recallOfState(states[i]!, curve, dueAtMs);
  return recalls;
}

/**
 * Sums `states` per student (of `studentIds`) and per card (of `cardIds`, the deck's live cards;
 * states of other cards, such as deleted ones, are left out), as of `nowMs`, with recall at `dueAtMs`.
 * A card never reviewed (new, or no last review) is recalled with probability 0. `recalls`, when
 * given, holds each state's recall by position (recallsOfStates with its student's curve), for a
 * caller that kept them from an earlier view of the same states.
 */
export function summarizeDeckProgress(
  states: readonly ClassCardState[],
  studentIds: readonly string[],
  cardIds: readonly string[],
  curveOf: (userId: string) => RecallCurve,
  dueAtMs: number,
  nowMs: number,
  recalls?: ArrayLike<number>,
): DeckProgress {
  const byStudent = new Map<string, StudentDeckProgress & { curve: RecallCurve }>();
  for (const userId of studentIds) byStudent.set(userId, { studied: 0, dueNow: 0, overdue: 0, recallSum: 0, curve: curveOf(userId) });
  const byCard = new Map<string, CardClassProgress>();
  for (const cardId of cardIds) byCard.set(cardId, { studiedBy: 0, lapses: 0, recallSum: 0 });
  const lapsed: { userId: string; cardId: string }[] = [];
  const overdueBy = nowMs - DAY;
  for (let i = 0; i < states.length; i += 1) {
    const state = states[i]!;
    const [userId, cardId, suspended, due, , , lapses] = state;
    const student = byStudent.get(userId);
    const card = byCard.get(cardId);
    if (!student || !card) continue;
    const recall = recalls ? recalls[i]! : recallOfState(state, student.curve, dueAtMs);
    card.studiedBy += 1;
    card.lapses += lapses;
    card.recallSum += recall;
    if (lapses > 0) lapsed.push({ userId, cardId });
    if (suspended) continue;
    student.studied += 1;
    if (due <= nowMs) student.dueNow += 1;
    if (due <= overdueBy) student.overdue += 1;
    student.recallSum += recall;
  }
  const students = new Map<string, StudentDeckProgress>();
  for (const [userId, { curve: _curve, ...progress }] of byStudent) students.set(userId, progress);
  return { byStudent: students, byCard, lapsed };
}
