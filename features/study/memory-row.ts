import type { MemoryState } from "@/core/scheduling";
import type { CardState } from "@/lib/generated/prisma/client";

/** A stored card state as the scheduler sees it. */
export function memoryFromRow(row: CardState): MemoryState {
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
