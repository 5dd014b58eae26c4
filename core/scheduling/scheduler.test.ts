import { describe, expect, it } from "vitest";
import { formatInterval, gradeCard, newMemoryState, previewIntervals, retrievability, type SchedulerSettings } from "./index";

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
