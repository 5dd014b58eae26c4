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
  totalCards: number;
  studiedCards: number;
  /** Mean predicted recall on the due date, 0-1. */
  recallAtDue: number;
  targetRecall: number;
  assignedAt: Date;
  dueAt: Date;
  now: Date;
}

/**
 * Not started: no card studied. On track: the target is met, or the share of cards studied keeps
 * pace with the share of time gone between assignment and due date (before the due date).
 * Behind: anything else, including a passed due date with the target missed.
 */
export function progressStatus(input: ProgressInput): ProgressStatus {
  if (input.studiedCards === 0) return "notStarted";
  const complete = input.studiedCards >= input.totalCards && input.recallAtDue >= input.targetRecall;
  if (complete) return "onTrack";
  if (input.now >= input.dueAt) return "behind";
  const span = input.dueAt.getTime() - input.assignedAt.getTime();
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (input.now.getTime() - input.assignedAt.getTime()) / span));
  return input.studiedCards / input.totalCards >= elapsed ? "onTrack" : "behind";
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
