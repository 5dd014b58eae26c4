import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, recallCurveOf, retrievability, type SchedulerSettings } from "./scheduler";
import type { MemoryState } from "./memory-state";

const DAY = 86_400_000;
const AT = new Date("2026-03-09T10:00:00Z");
// Fitted parameters with a decay (w[20]) far from the default, so a curve that ignored them would differ.
const FITTED: SchedulerSettings = {
  ...DEFAULT_SCHEDULER_SETTINGS,
  w: [0.3, 1.2, 2.5, 8.0, 6.5, 0.6, 1.9, 0.02, 1.5, 0.15, 1.0, 1.8, 0.09, 0.3, 2.3, 0.25, 2.9, 0.5, 0.6, 0.1, 0.45],
};

function reviewed(stability: number, lastReview: Date): MemoryState {
  return { due: AT, stability, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 3, lapses: 0, phase: "review", lastReview };
}

describe("recallCurveOf", () => {
  it("gives exactly retrievability's number, for default and fitted parameters", () => {
    const curves = [DEFAULT_SCHEDULER_SETTINGS, FITTED].map((settings) => ({ settings, curve: recallCurveOf(settings) }));
    let checked = 0;
    for (const { settings, curve } of curves) {
      for (const stability of [0.1, 0.7, 1, 1.234567891234, 3.3333333333, 17, 365.25, 5000, 1e9 + 0.123456789]) {
        // Fractions of a day on either side of whole days, a review after `at` (counts as 0 days), and long gaps.
        for (const offsetMs of [-DAY, -1, 0, 1, DAY / 2, DAY - 1, DAY, 3 * DAY + 7_777_777, 40 * DAY, 900 * DAY + 1]) {
          const lastReview = new Date(AT.getTime() - offsetMs);
          expect(curve(stability, lastReview.getTime(), AT.getTime())).toBe(retrievability(reviewed(stability, lastReview), AT, settings));
          checked += 1;
        }
      }
    }
    expect(checked).toBe(180);
  });

  it("agrees with retrievability on thousands of arbitrary stabilities and gaps", () => {
    // A fixed linear congruential sequence: the same cases on every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const settings of [DEFAULT_SCHEDULER_SETTINGS, FITTED]) {
      const curve = recallCurveOf(settings);
      for (let i = 0; i < 2000; i += 1) {
        // Half as ts-fsrs stores them (rounded to 8 decimals), half arbitrary doubles.
        const raw = 0.01 + next() * 400;
        const stability = i % 2 === 0 ? Math.round(raw * 1e8) / 1e8 : raw;
        const lastReview = new Date(AT.getTime() - Math.floor(next() * 200 * DAY));
        expect(curve(stability, lastReview.getTime(), AT.getTime())).toBe(retrievability(reviewed(stability, lastReview), AT, settings));
      }
    }
  });

  it("follows the fitted decay: the same card is predicted differently under another model", () => {
    const lastReview = AT.getTime() - 10 * DAY;
    expect(recallCurveOf(FITTED)(4, lastReview, AT.getTime())).not.toBe(recallCurveOf()(4, lastReview, AT.getTime()));
  });
});
