import { describe, expect, it } from "vitest";
import { forgettingCurve, formatInterval, gradeCard, newMemoryState, previewIntervals, retrievability, type SchedulerSettings } from "./index";

const NOW = new Date("2026-03-01T15:00:00Z");
const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

describe("gradeCard", () => {
  it("moves a new card rated Good into learning, due after the 10-minute step", () => {
    const { next, log } = gradeCard(newMemoryState(NOW), 3, NOW, NO_FUZZ);
    expect(next.phase).toBe("learning");
    expect(next.reps).toBe(1);
    expect(next.due.getTime() - NOW.getTime()).toBe(10 * 60_000);
    expect(log.phase).toBe("new");
    expect(log.rating).toBe(3);
    expect(log.reviewedAt).toEqual(NOW);
  });

  it("graduates a card to review after Good, Good, with a multi-day interval", () => {
    const first = gradeCard(newMemoryState(NOW), 3, NOW, NO_FUZZ).next;
    const later = new Date(first.due.getTime());
    const second = gradeCard(first, 3, later, NO_FUZZ).next;
    expect(second.phase).toBe("review");
    expect(second.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.lastReview).toEqual(later);
  });

  it("counts a lapse when a review card is forgotten", () => {
    let state = gradeCard(newMemoryState(NOW), 4, NOW, NO_FUZZ).next;
    expect(state.phase).toBe("review");
    state = gradeCard(state, 1, state.due, NO_FUZZ).next;
    expect(state.phase).toBe("relearning");
    expect(state.lapses).toBe(1);
  });

  it("is deterministic with fuzz off", () => {
    const a = gradeCard(newMemoryState(NOW), 4, NOW, NO_FUZZ).next;
    const b = gradeCard(newMemoryState(NOW), 4, NOW, NO_FUZZ).next;
    expect(a).toEqual(b);
  });
});

describe("previewIntervals", () => {
  it("labels each answer with the interval it would give, growing from Again to Easy", () => {
    const preview = previewIntervals(newMemoryState(NOW), NOW, NO_FUZZ);
    expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    expect(preview.map((p) => p.label)).toEqual(["1m", "6m", "10m", expect.stringMatching(/^\d+d$/)]);
    const dues = preview.map((p) => p.due.getTime());
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
  });

  it("agrees with gradeCard on the due date", () => {
    const state = gradeCard(newMemoryState(NOW), 3, NOW, NO_FUZZ).next;
    const at = state.due;
    const preview = previewIntervals(state, at, NO_FUZZ);
    for (const p of preview) expect(p.due).toEqual(gradeCard(state, p.rating, at, NO_FUZZ).next.due);
  });
});

describe("retrievability", () => {
  it("is 0 for a new card and falls over time for a reviewed one", () => {
    expect(retrievability(newMemoryState(NOW), NOW)).toBe(0);
    const state = gradeCard(newMemoryState(NOW), 4, NOW, NO_FUZZ).next;
    const soon = retrievability(state, new Date(NOW.getTime() + 86_400_000), NO_FUZZ);
    const late = retrievability(state, new Date(NOW.getTime() + 30 * 86_400_000), NO_FUZZ);
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
    expect(soon).toBeLessThanOrEqual(1);
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "<1m"],
    [10 * 60_000, "10m"],
    [3 * 3_600_000, "3h"],
    [4 * 86_400_000, "4d"],
    [45 * 86_400_000, "1.5mo"],
    [60 * 86_400_000, "2mo"],
    [800 * 86_400_000, "2.2y"],
  ])("%i ms -> %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("settings beyond retention", () => {
  it("follows custom learning steps", () => {
    const steps: SchedulerSettings = { ...NO_FUZZ, learningSteps: ["5m", "1h"] };
    expect(previewIntervals(newMemoryState(NOW), NOW, steps).map((p) => p.label)).toEqual(["5m", "33m", "1h", expect.stringMatching(/^\d+d$/)]);
  });

  it("lets FSRS schedule new cards in days when there are no learning steps", () => {
    const { next } = gradeCard(newMemoryState(NOW), 3, NOW, { ...NO_FUZZ, learningSteps: [] });
    expect(next.phase).toBe("review");
    expect(next.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("uses fitted parameters: a larger initial stability for Good gives a longer first interval", () => {
    const w = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
    const easyFirst = { ...NO_FUZZ, learningSteps: [] as const };
    const base = gradeCard(newMemoryState(NOW), 3, NOW, easyFirst).next;
    const fitted = gradeCard(newMemoryState(NOW), 3, NOW, { ...easyFirst, w: [w[0]!, w[1]!, 10, ...w.slice(3)] }).next;
    expect(base.stability).toBeCloseTo(2.3065, 4);
    expect(fitted.stability).toBeCloseTo(10, 4);
    expect(fitted.scheduledDays).toBeGreaterThan(base.scheduledDays);
  });
});

describe("forgettingCurve", () => {
  it("is 90% after one stability's worth of days and falls from there", () => {
    expect(forgettingCurve(10, 0)).toBe(1);
    expect(forgettingCurve(10, 10)).toBeCloseTo(0.9, 6);
    expect(forgettingCurve(10, 30)).toBeLessThan(forgettingCurve(10, 20));
    expect(forgettingCurve(0, 5)).toBe(0);
  });
});
