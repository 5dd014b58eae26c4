import type { Grade } from "./grades";
import { historyEntryOf, type HistoryEntry } from "./history";
import { judgeLeech } from "./leeches";
import { dailyLoadOf, loadWindowEnd, mayBalance, type DueBuckets } from "./load-balancer";
import { newMemoryState, type MemoryState, type ReviewLogEntry } from "./memory-state";
import { answerTime, nextEntryTime } from "./memory-row";
import { gradeCard, type SchedulerSettings } from "./scheduler";
import type { SchedulingSettings } from "./settings";
import { startOfStudyDay, studyDayWeekday } from "./study-day";

/*
 * The decision one answer makes, for every store: from the card's stored state, the user's latest
 * log time and the settings, the card's next state and its log row. A store reads the inputs,
 * calls planReview, and writes what it returns (or refuses a stale answer); it decides nothing.
 *
 * Two inputs are only needed by some answers and cost a read, so a store may leave them out: the
 * plan then asks for them ("needsLoad", "needsHistory") and the store reads and asks again, in the
 * same transaction. A store that reads everything up front (PostgreSQL's one query) passes them
 * in at once and never sees those answers.
 */

/** What the load balancer weighs: due counts read over [from, to), which must cover the answer's window. */
export interface LoadReading {
  from: Date;
  to: Date;
  /** The user's review cards other than this one, not suspended, any deck: how many fall due per bucket (DUE_BUCKET_MS). */
  dueBuckets: DueBuckets;
  /** Due dates of this card's siblings in review (same deck and group). */
  siblingDues: readonly Date[];
}

export interface ReviewContext {
  /**
   * The user's merged settings for the card's deck. Null grades with `scheduler` alone, without
   * the load balancer or leech suspension, which need the user's day (tests and benchmarks).
   */
  settings: SchedulingSettings | null;
  scheduler: SchedulerSettings;
  load?: LoadReading;
  /** The card's log before this answer, oldest first: needed only when the answer may make it a leech. */
  cardHistory?: readonly HistoryEntry[];
}

export interface ReviewAnswer {
  rating: Grade;
  /** The card's reps the answering screen showed: a different stored reps makes the answer stale. */
  expectedReps?: number;
  /** When a device gave the answer (a batch): it is stamped at its own time, not the server's. */
  answeredAt?: Date;
  /** The reps a device graded from (a batch): never refuses, but reports the card as moved. */
  baseReps?: number;
}

export type ReviewPlan =
  | {
      kind: "planned";
      /** The card's next state. */
      state: MemoryState;
      /** The log row: the card as it was, the rating and the time. */
      log: ReviewLogEntry;
      /** Whether the answer made the card a leech the user's settings suspend. */
      suspend: boolean;
      /** The stored state was not the one the device graded from. */
      moved: boolean;
    }
  | { kind: "stale" }
  | { kind: "needsLoad"; from: Date; to: Date }
  | { kind: "needsHistory" };

/** The study-day window the load balancer counts due dates over, for an answer stamped at `at`. */
export function loadWindowAt(at: Date, settings: SchedulingSettings): { from: Date; to: Date } {
  const from = startOfStudyDay(at, settings.timeZone, settings.dayStartHour);
  return { from, to: loadWindowEnd(from) };
}

/** The time the answer is stamped: see nextEntryTime and answerTime. */
export function entryTimeOf(latestEntryAt: Date | null, answer: Pick<ReviewAnswer, "answeredAt">, now: Date): Date {
  return answer.answeredAt ? answerTime(latestEntryAt, answer.answeredAt, now) : nextEntryTime(latestEntryAt, now);
}

/** True when this answer may make the card a leech the settings suspend: only then is its history read. */
export function mayBecomeLeech(settings: SchedulingSettings | null, rating: Grade): boolean {
  return (settings?.autoSuspendLeeches ?? false) && rating === 1;
}

/**
 * One answer's decision. `state` is the stored state (null: never answered), `latestEntryAt` the
 * time of the user's latest log entry (any card). Stale when the screen answered a state that
 * has moved on (`expectedReps`); the caller's compare-and-set covers a change after its read.
 */
export function planReview(state: MemoryState | null, latestEntryAt: Date | null, context: ReviewContext, answer: ReviewAnswer, now: Date): ReviewPlan {
  const reps = state?.reps ?? 0;
  if (answer.expectedReps !== undefined && reps !== answer.expectedReps) return { kind: "stale" };
  const at = entryTimeOf(latestEntryAt, answer, now);
  const before = state ?? newMemoryState(at);
  const { settings, scheduler } = context;
  let graded = gradeCard(before, answer.rating, at, scheduler);
  if (settings?.loadBalance && mayBalance(graded.next, scheduler.enableFuzz)) {
    const window = loadWindowAt(at, settings);
    const load = context.load;
    if (!load || load.from > window.from || load.to < window.to) return { kind: "needsLoad", ...window };
    const daily = dailyLoadOf({
      // dailyLoadOf counts only the window's days, so a wider reading gives the same load.
      dueBuckets: load.dueBuckets,
      siblingDues: load.siblingDues,
      todayStart: window.from,
      todayWeekday: studyDayWeekday(at, settings.timeZone, settings.dayStartHour),
      easyDays: settings.easyDays,
    });
    graded = gradeCard(before, answer.rating, at, scheduler, daily);
  }
  let suspend = false;
  if (mayBecomeLeech(settings, answer.rating)) {
    if (!context.cardHistory) return { kind: "needsHistory" };
    suspend = judgeLeech([...context.cardHistory, historyEntryOf(answer.rating, at, graded.next.due)], scheduler).leech;
  }
  const moved = answer.baseReps !== undefined && reps !== answer.baseReps;
  return { kind: "planned", state: graded.next, log: graded.log, suspend, moved };
}
