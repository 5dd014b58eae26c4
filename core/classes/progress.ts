import { retrievability, type MemoryState, type SchedulerSettings } from "@/core/scheduling";

export type ProgressStatus = "notStarted" | "onTrack" | "behind";

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  notStarted: "Not started",
  onTrack: "On track",
  behind: "Behind",
};

/**
 * Mean probability of recalling the deck's cards at `at` (FSRS retrievability per card); a card
 * never studied counts as 0, because nothing is remembered of it.
 */
export function predictedRecall(states: readonly MemoryState[], totalCards: number, at: Date, settings?: SchedulerSettings): number {
  if (totalCards === 0) return 0;
  const sum = states.reduce((total, state) => total + retrievability(state, at, settings), 0);
  return sum / totalCards;
}

export interface ProgressInput {
  studiedCards: number;
  /** Mean predicted recall on the due date, 0-1. */
  recallAtDue: number;
  /** 0-1 */
  targetRecall: number;
}

/** A share 0-1 as the whole percent the pages and the CSV show. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/** The rule `progressStatus` applies, in the words the class page and the CSV print beside it. */
export const STATUS_RULE =
  "Status: on track when the predicted recall on the due date (in whole percent, as shown) is at least the target; behind when it is below; not started until a card is studied.";

/**
 * The status follows from the two numbers shown next to it, nothing else: predicted recall on
 * the due date against the target, compared in the whole percents displayed, so "79 %" with an
 * 80 % target is always "Behind" and "80 %" always "On track".
 */
export function progressStatus(input: ProgressInput): ProgressStatus {
  if (input.studiedCards === 0) return "notStarted";
  return wholePercent(input.recallAtDue) >= wholePercent(input.targetRecall) ? "onTrack" : "behind";
}

export interface CardDifficultyRow {
  cardId: string;
  prompt: string;
  lapses: number;
  /** Mean predicted recall at the due date over the students who studied the card; null if nobody has. */
  recallAtDue: number | null;
  studiedBy: number;
  /** Students for whom the card is a leech (core/scheduling/leeches.ts). */
  leechFor?: number;
}

/** The cards the class finds hardest: leeches for most students first, then lowest predicted recall, then most lapses. */
export function hardestCards(rows: readonly CardDifficultyRow[], limit = 10): CardDifficultyRow[] {
  return rows
    .filter((row) => row.studiedBy > 0)
    .sort((a, b) => (b.leechFor ?? 0) - (a.leechFor ?? 0) || (a.recallAtDue ?? 0) - (b.recallAtDue ?? 0) || b.lapses - a.lapses || a.cardId.localeCompare(b.cardId))
    .slice(0, limit);
}
