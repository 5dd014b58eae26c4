import { describe, expect, it } from "vitest";
import { forgettingCurveOf } from "./forgetting-curve";
import { replayState } from "./history";
import { newMemoryState } from "./memory-state";

const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;
const NO_FUZZ = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

describe("forgettingCurveOf", () => {
  it("starts at 100%, falls steadily and reaches about the desired retention at the due date", () => {
    const state = replayState([{ kind: "review", rating: 4, at: new Date(NOW.getTime() - 3 * DAY) }], NO_FUZZ)!;
    const curve = forgettingCurveOf(state, NOW)!;
    expect(curve.points[0]).toEqual({ day: 0, recall: 1 });
    for (let i = 1; i < curve.points.length; i++) expect(curve.points[i]!.recall).toBeLessThan(curve.points[i - 1]!.recall);
    expect(curve.nowDay).toBeCloseTo(3, 6);
    expect(curve.dueDay).toBe(state.scheduledDays);
    expect(curve.points.at(-1)!.day).toBeCloseTo(curve.dueDay * 2, 6);
    // Intervals are whole days, so recall at the due date is near (not exactly) 90%.
    expect(curve.recallAtDue).toBeGreaterThan(0.88);
    expect(curve.recallAtDue).toBeLessThan(0.92);
    expect(curve.recallNow).toBeGreaterThan(curve.recallAtDue);
  });

  it("has no curve for a card without a memory", () => {
    expect(forgettingCurveOf(newMemoryState(NOW), NOW)).toBeNull();
  });
});
