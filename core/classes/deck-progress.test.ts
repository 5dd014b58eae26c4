import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, recallCurveOf, retrievability, type MemoryState } from "@/core/scheduling";
import { predictedRecall } from "./progress";
import { recallsOfStates, summarizeDeckProgress, type ClassCardState, type RecallCurve } from "./deck-progress";

const DAY = 86_400_000;
const NOW = new Date("2026-03-02T10:00:00Z").getTime();
const DUE_AT = new Date("2026-03-09T10:00:00Z").getTime();

/** A reviewed card: last reviewed `daysAgo` before NOW, due `dueInDays` after it. */
function state(userId: string, cardId: string, options: { stability?: number; daysAgo?: number; dueInDays?: number; lapses?: number; suspended?: boolean; phase?: ClassCardState[7] } = {}): ClassCardState {
  const { stability = 4, daysAgo = 2, dueInDays = 1, lapses = 0, suspended = false, phase = "review" } = options;
  return [userId, cardId, suspended, NOW + dueInDays * DAY, stability, phase === "new" ? null : NOW - daysAgo * DAY, lapses, phase];
}

function memoryOf(row: ClassCardState): MemoryState {
  const [, , , due, stability, lastReview, lapses, phase] = row;
  return { due: new Date(due), stability, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses, phase, lastReview: lastReview === null ? null : new Date(lastReview) };
}

const defaults = () => recallCurveOf(DEFAULT_SCHEDULER_SETTINGS);

describe("summarizeDeckProgress", () => {
  it("counts each student's studied, due and overdue cards, leaving suspended ones out", () => {
    const states = [
      state("ann", "c1", { dueInDays: -3 }), // overdue (and so due)
      state("ann", "c2", { dueInDays: -0.5 }), // due, not a day late
      state("ann", "c3", { dueInDays: -1 }), // exactly a day late: overdue
      state("ann", "c4", { dueInDays: 2 }),
      state("ann", "c5", { dueInDays: -9, suspended: true }),
      state("bob", "c1", { dueInDays: 0 }), // due at this very instant
    ];
    const { byStudent } = summarizeDeckProgress(states, ["ann", "bob", "cem"], ["c1", "c2", "c3", "c4", "c5"], defaults, DUE_AT, NOW);
    expect(byStudent.get("ann")).toMatchObject({ studied: 4, dueNow: 3, overdue: 2 });
    expect(byStudent.get("bob")).toMatchObject({ studied: 1, dueNow: 1, overdue: 0 });
    expect(byStudent.get("cem")).toEqual({ studied: 0, dueNow: 0, overdue: 0, recallSum: 0 });
  });

  it("sums recall at the due date as predictedRecall does, with each student's own curve", () => {
    const ann = [state("ann", "c1", { stability: 2, daysAgo: 1 }), state("ann", "c2", { stability: 30, daysAgo: 10 }), state("ann", "c3", { phase: "new" })];
    const bob = [state("bob", "c1", { stability: 2, daysAgo: 1 })];
    // Bob's model forgets twice as fast: a curve built on half the stability.
    const bobCurve: RecallCurve = (stability, last, at) => defaults()(stability / 2, last, at);
    const { byStudent } = summarizeDeckProgress([...ann, ...bob], ["ann", "bob"], ["c1", "c2", "c3", "c4"], (userId) => (userId === "bob" ? bobCurve : defaults()), DUE_AT, NOW);
    const annRecall = byStudent.get("ann")!.recallSum / 4;
    expect(annRecall).toBeCloseTo(predictedRecall(ann.map(memoryOf), 4, new Date(DUE_AT)), 12);
    expect(byStudent.get("ann")!.studied).toBe(3);
    expect(byStudent.get("bob")!.recallSum).toBe(defaults()(1, NOW - DAY, DUE_AT));
    expect(byStudent.get("bob")!.recallSum).toBeLessThan(retrievability(memoryOf(bob[0]!), new Date(DUE_AT)));
  });

  it("sums per card over every student who studied it, suspended included, and lists the lapsed states", () => {
    const states = [
      state("ann", "c1", { lapses: 2, stability: 1 }),
      state("bob", "c1", { lapses: 1, suspended: true, stability: 1 }),
      state("ann", "c2"),
    ];
    const { byCard, lapsed } = summarizeDeckProgress(states, ["ann", "bob"], ["c1", "c2", "c3"], defaults, DUE_AT, NOW);
    const one = defaults()(1, NOW - 2 * DAY, DUE_AT);
    expect(byCard.get("c1")).toEqual({ studiedBy: 2, lapses: 3, recallSum: one + one });
    expect(byCard.get("c2")!.studiedBy).toBe(1);
    expect(byCard.get("c3")).toEqual({ studiedBy: 0, lapses: 0, recallSum: 0 });
    expect(lapsed).toEqual([
      { userId: "ann", cardId: "c1" },
      { userId: "bob", cardId: "c1" },
    ]);
  });

  it("leaves out states of cards that are not the deck's live cards and of students not asked about", () => {
    const states = [state("ann", "deleted", { lapses: 4 }), state("zed", "c1"), state("ann", "c1")];
    const { byStudent, byCard, lapsed } = summarizeDeckProgress(states, ["ann"], ["c1"], defaults, DUE_AT, NOW);
    expect(byStudent.get("ann")!.studied).toBe(1);
    expect(byStudent.has("zed")).toBe(false);
    expect(byCard.get("c1")!.studiedBy).toBe(1);
    expect(byCard.has("deleted")).toBe(false);
    expect(lapsed).toEqual([]);
  });

  it("gives the same sums from recalls kept by position as from computing them, and uses the kept ones", () => {
    const states = [
      state("ann", "c1", { stability: 2, daysAgo: 1, lapses: 1 }),
      state("ann", "c2", { phase: "new" }),
      state("bob", "c1", { stability: 9, daysAgo: 5, suspended: true }),
      state("bob", "c2", { stability: 0.5, daysAgo: 3, dueInDays: -2 }),
    ];
    const recalls = recallsOfStates(states, defaults(), DUE_AT);
    expect(recalls[1]).toBe(0); // new
    expect(recalls[0]).toBe(defaults()(2, NOW - DAY, DUE_AT));
    const computed = summarizeDeckProgress(states, ["ann", "bob"], ["c1", "c2"], defaults, DUE_AT, NOW);
    expect(summarizeDeckProgress(states, ["ann", "bob"], ["c1", "c2"], defaults, DUE_AT, NOW, recalls)).toEqual(computed);
    // Kept recalls are taken as given, not computed again.
    const kept = summarizeDeckProgress(states, ["ann", "bob"], ["c1", "c2"], defaults, DUE_AT, NOW, [0.5, 0, 0.25, 0.125]);
    expect(kept.byStudent.get("ann")!.recallSum).toBe(0.5);
    expect(kept.byStudent.get("bob")!.recallSum).toBe(0.125); // the suspended card is out of the student's sum
    expect(kept.byCard.get("c1")!.recallSum).toBe(0.75); // but in the card's
    expect(kept.byStudent.get("bob")).toMatchObject({ studied: 1, dueNow: 1, overdue: 1 });
  });
});
