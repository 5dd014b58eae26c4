import type { Grade } from "./grades";
import { createEmptyCard, State, type Card as FsrsCard, type ReviewLog as FsrsReviewLog } from "ts-fsrs";

/** The four FSRS phases, named as Kioku stores them. */
export const CARD_PHASES = ["new", "learning", "review", "relearning"] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/**
 * One user's memory of one card, in Kioku's camelCase. Stability and intervals are in days,
 * difficulty is FSRS's 1-10 scale, `due`/`lastReview` are instants.
 */
export interface MemoryState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: Date | null;
}

/** One answer as ts-fsrs logs it: the card as it was before the answer. */
export interface ReviewLogEntry {
  rating: Grade;
  phase: CardPhase;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}


const PHASE_BY_STATE: Record<State, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATE_BY_PHASE: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** The state of a card the user has never seen, as of `now`. */
export function newMemoryState(now: Date): MemoryState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(state: MemoryState): FsrsCard {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_PHASE[state.phase],
    last_review: state.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): MemoryState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_BY_STATE[card.state],
    lastReview: card.last_review ?? null,
  };
}

export function fromFsrsLog(log: FsrsReviewLog): ReviewLogEntry {
  return {
    rating: log.rating as Grade,
    phase: PHASE_BY_STATE[log.state],
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}
