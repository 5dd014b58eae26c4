import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type FSRSHistory, type Grade as FsrsGrade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { Grade } from "./grades";
import { forgetCard, replayState, sameMemoryState, type HistoryEntry } from "./history";
import { fromFsrsCard, newMemoryState, type MemoryState } from "./memory-state";
import { gradeCard, type SchedulerSettings } from "./scheduler";
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS } from "./steps";
import { startOfNextStudyDay, startOfStudyDay } from "./study-day";

/**
 * The invariant, on the pure core: whatever sequence of answers, undos, forgets and settings
 * changes (each change rescheduling the card), the card's state equals what ts-fsrs's own
 * `reschedule` computes from its log under the current settings. The oracle below calls ts-fsrs
 * directly, not our replay, so a mistake in either shows. Fuzz is on in half the runs: ts-fsrs
 * seeds it from the card, so replay must reproduce it exactly.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
// Each run starts a little before a daylight-saving change: New York springs forward on
// 8 March 2026, Berlin falls back on 25 October 2026.
const STARTS = [new Date("2026-03-07T16:00:00Z"), new Date("2026-10-24T20:00:00Z")];

function oracle(log: readonly HistoryEntry[], settings: SchedulerSettings): MemoryState | null {
  const first = log[0];
  if (!first) return null;
  const scheduler = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.enableFuzz,
      learning_steps: [...(settings.learningSteps ?? DEFAULT_LEARNING_STEPS)],
      relearning_steps: [...(settings.relearningSteps ?? DEFAULT_RELEARNING_STEPS)],
    }),
  );
  const reviews: FSRSHistory[] = log.map((entry) =>
    entry.kind === "review"
      ? { rating: entry.rating as FsrsGrade, review: entry.at }
      : { rating: Rating.Manual, state: State.New, due: entry.at, review: entry.at },
  );
  const empty = createEmptyCard(first.at);
  const { collections } = scheduler.reschedule(empty, reviews, { skipManual: false, first_card: empty });
  return fromFsrsCard(collections[collections.length - 1]!.card);
}

const settingsArb: fc.Arbitrary<SchedulerSettings> = fc.record({
  desiredRetention: fc.integer({ min: 70, max: 99 }).map((percent) => percent / 100),
  maximumInterval: fc.constantFrom(36500, 365, 30),
  enableFuzz: fc.boolean(),
  learningSteps: fc.constantFrom(["1m", "10m"] as const, [] as const, ["5m", "1h", "1d"] as const),
  relearningSteps: fc.constantFrom(["10m"] as const, [] as const),
});

// Gaps from "at the same millisecond" to a few weeks, so runs cross day boundaries and the DST change.
const gapArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90 * MINUTE }), fc.integer({ min: 1, max: 20 * DAY }));

type Op =
  | { kind: "review"; rating: Grade; gap: number }
  | { kind: "forget"; gap: number }
  | { kind: "undo" }
  | { kind: "reschedule"; settings: SchedulerSettings };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("review" as const), rating: fc.constantFrom<Grade>(1, 2, 3, 4), gap: gapArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("forget" as const), gap: gapArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("undo" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reschedule" as const), settings: settingsArb }) },
);

describe("the log determines the card (pure core)", () => {
  it("holds over thousands of random answer / undo / forget / reschedule sequences", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS), settingsArb, fc.array(opArb, { maxLength: 30 }), (start, initial, ops) => {
        let settings = initial;
        let now = start.getTime();
        let state: MemoryState | null = null;
        const log: HistoryEntry[] = [];
        // The state before each log entry, to check that undo restores it exactly.
        const before: (MemoryState | null)[] = [];
        for (const op of ops) {
          if (op.kind === "review" || op.kind === "forget") {
            now += op.gap;
            // As the mutations do: a card's entries are strictly ordered in time.
            const at: Date = new Date(Math.max(now, (state?.lastReview?.getTime() ?? -Infinity) + 1));
            if (op.kind === "forget" && (!state || state.phase === "new")) continue;
            before.push(state);
            if (op.kind === "review") {
              state = gradeCard(state ?? newMemoryState(at), op.rating, at, settings).next;
              log.push({ kind: "review", rating: op.rating, at });
            } else {
              state = forgetCard(state!, at).next;
              log.push({ kind: "forget", at });
            }
          } else if (op.kind === "undo") {
            if (log.length === 0) continue;
            log.pop();
            state = replayState(log, settings);
            expect(sameMemoryState(state, before.pop()!)).toBe(true);
          } else {
            // Rescheduling recomputes the card from its log; what an undo goes back to is then
            // the earlier state under the new settings.
            settings = op.settings;
            state = replayState(log, settings);
            before.splice(0, before.length, ...log.map((_, index) => replayState(log.slice(0, index), settings)));
          }
          expect(state).toEqual(oracle(log, settings));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the study day across daylight-saving changes", () => {
  it("always starts at the chosen local hour and contains the instant", () => {
    const zones = ["America/New_York", "Europe/Berlin"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...STARTS),
        fc.integer({ min: -3 * DAY, max: 3 * DAY }),
        fc.integer({ min: 0, max: 23 }),
        (zone, start, offset, hour) => {
          const now = new Date(start.getTime() + offset);
          const today = startOfStudyDay(now, zone, hour);
          const tomorrow = startOfNextStudyDay(now, zone, hour);
          const localHour = (at: Date) => Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format(at));
          expect(today.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(tomorrow.getTime()).toBeGreaterThan(now.getTime());
          // 23, 24 or 25 hours, depending on a DST change in between. A start hour that does not
          // exist on the change day (2 am in New York on 8 March) is moved forward by the zone.
          expect([23, 24, 25].map((h) => h * 3_600_000)).toContain(tomorrow.getTime() - today.getTime());
          if (localHour(tomorrow) !== hour) expect(localHour(tomorrow)).toBe(hour + 1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
