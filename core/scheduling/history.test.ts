import { describe, expect, it } from "vitest";
import type { Grade } from "./grades";
import { forgetCard, historyEntryOf, isUntouched, replayHistory, replayState, sameMemoryState, type HistoryEntry } from "./history";
import { newMemoryState, type MemoryState } from "./memory-state";
import { gradeCard, type SchedulerSettings } from "./scheduler";

const NOW = new Date("2026-03-01T15:00:00Z");
const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const FUZZ: SchedulerSettings = { ...NO_FUZZ, enableFuzz: true };
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

/** Grades the way the app does: each answer applied to the state the last one left. */
function gradeAll(answers: [Grade, Date][], settings: SchedulerSettings): MemoryState {
  let state: MemoryState | null = null;
  for (const [rating, at] of answers) state = gradeCard(state ?? newMemoryState(at), rating, at, settings).next;
  return state!;
}

const ANSWERS: [Grade, Date][] = [
  [3, NOW],
  [3, later(0.01)],
  [3, later(3)],
  [1, later(12)],
  [3, later(12.01)],
  [4, later(20)],
  [2, later(45)],
];
const HISTORY: HistoryEntry[] = ANSWERS.map(([rating, at]) => ({ kind: "review", rating, at }));

describe("replayHistory", () => {
  it.each([
    ["fuzz off", NO_FUZZ],
    ["fuzz on: ts-fsrs seeds the fuzz from the card, so replay draws the same", FUZZ],
  ])("lands on exactly the state grading left (%s)", (_name, settings) => {
    expect(replayState(HISTORY, settings)).toEqual(gradeAll(ANSWERS, settings));
  });

  it("reports the card before and after each entry", () => {
    const steps = replayHistory(HISTORY, NO_FUZZ);
    expect(steps).toHaveLength(HISTORY.length);
    expect(steps[0]!.before.phase).toBe("new");
    expect(steps[3]!.before.phase).toBe("review");
    expect(steps[3]!.after).toMatchObject({ phase: "relearning", lapses: 1 });
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.before).toEqual(steps[i - 1]!.after);
  });

  it("gives a different schedule under a different retention, from the same history", () => {
    const at90 = replayState(HISTORY, NO_FUZZ)!;
    const at80 = replayState(HISTORY, { ...NO_FUZZ, desiredRetention: 0.8 })!;
    expect(at80.stability).toBe(at90.stability);
    expect(at80.due.getTime()).toBeGreaterThan(at90.due.getTime());
  });

  it("is null for an empty log", () => {
    expect(replayState([], NO_FUZZ)).toBeNull();
  });
});

describe("forgetCard", () => {
  it("resets to new exactly as replaying a forget entry does, and logs the card as it was", () => {
    const before = gradeAll(ANSWERS, NO_FUZZ);
    const at = later(50);
    const { next, log } = forgetCard(before, at);
    expect(next).toMatchObject({ phase: "new", reps: 0, lapses: 0, stability: 0, difficulty: 0, due: at, lastReview: at });
    expect(log).toMatchObject({ rating: 0, phase: "review", stability: before.stability, reviewedAt: at });
    expect(replayState([...HISTORY, { kind: "forget", at }], NO_FUZZ)).toEqual(next);
  });

  it("lets a forgotten card be learned again from scratch", () => {
    const at = later(50);
    const relearned = replayState([...HISTORY, { kind: "forget", at }, { kind: "review", rating: 3, at: later(51) }], NO_FUZZ)!;
    const fresh = gradeCard(forgetCard(gradeAll(ANSWERS, NO_FUZZ), at).next, 3, later(51), NO_FUZZ).next;
    expect(relearned).toEqual(fresh);
    expect(relearned).toMatchObject({ phase: "learning", reps: 1 });
  });
});

describe("historyEntryOf", () => {
  it("reads 0 as a forget and 1-4 as answers, and refuses anything else", () => {
    expect(historyEntryOf(0, NOW)).toEqual({ kind: "forget", at: NOW });
    expect(historyEntryOf(4, NOW)).toEqual({ kind: "review", rating: 4, at: NOW });
    expect(() => historyEntryOf(5, NOW)).toThrow(/0-4/);
  });
});

describe("sameMemoryState and isUntouched", () => {
  it("compare field by field", () => {
    const state = gradeAll(ANSWERS, NO_FUZZ);
    expect(sameMemoryState(state, { ...state, due: new Date(state.due) })).toBe(true);
    expect(sameMemoryState(state, { ...state, stability: state.stability + 1e-9 })).toBe(false);
    expect(sameMemoryState(null, null)).toBe(true);
    expect(sameMemoryState(state, null)).toBe(false);
    expect(isUntouched(newMemoryState(NOW))).toBe(true);
    expect(isUntouched(forgetCard(state, NOW).next)).toBe(false);
  });
});
