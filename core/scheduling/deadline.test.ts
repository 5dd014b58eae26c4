import { describe, expect, it } from "vitest";
import { describeDeadlinePlan, expectedRecallAfterReview, planCard, planDeadlineReviews, type DeadlineGoal } from "./deadline";
import { simulateDeadlineCohort } from "./deadline-simulation";
import { newMemoryState, type MemoryState } from "./memory-state";
import { gradeCard, retrievability, type SchedulerSettings } from "./scheduler";

const DAY = 86_400_000;
const SETTINGS: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const TODAY = new Date("2026-03-02T04:00:00Z");
const NOW = new Date("2026-03-02T15:00:00Z");
const GOAL: DeadlineGoal = { dueAt: new Date("2026-03-13T09:00:00Z"), targetRecall: 0.95 };

/** Learned `daysAgo` (Easy), then answered `second` when due: due after the goal's due date. */
function learned(daysAgo: number, second: 2 | 3): MemoryState {
  const at = new Date(NOW.getTime() - daysAgo * DAY);
  const first = gradeCard(newMemoryState(at), 4, at, SETTINGS).next;
  return gradeCard(first, second, first.due, SETTINGS).next;
}

describe("planCard", () => {
  const state = learned(12, 2);

  it("plans an extra review on the day that maximises expected recall on the due date", () => {
    expect(state.due.getTime()).toBeGreaterThan(GOAL.dueAt.getTime());
    expect(retrievability(state, GOAL.dueAt, SETTINGS)).toBeLessThan(GOAL.targetRecall);
    const plan = planCard("c", state, GOAL, NOW, SETTINGS, { todayStart: TODAY, maxExtraPerCard: 1 })!;
    expect(plan.extra).toBe(1);
    // No other usable day does better.
    for (let k = 1; TODAY.getTime() + k * DAY + DAY / 2 <= GOAL.dueAt.getTime(); k++) {
      expect(expectedRecallAfterReview(state, new Date(TODAY.getTime() + k * DAY), GOAL.dueAt, SETTINGS)).toBeLessThanOrEqual(plan.recallWith + 1e-12);
    }
    expect(plan.recallWith).toBeGreaterThan(plan.recallWithout);
    // The due date's own day (an exam at 09:00) is not a study day.
    expect(plan.at.getTime()).toBeLessThan(GOAL.dueAt.getTime() - DAY / 2);
  });

  it("adds a second review only when it reaches further than one", () => {
    const one = planCard("c", state, GOAL, NOW, SETTINGS, { todayStart: TODAY, maxExtraPerCard: 1 })!;
    const two = planCard("c", state, GOAL, NOW, SETTINGS, { todayStart: TODAY, maxExtraPerCard: 2 })!;
    if (two.extra === 2) expect(two.recallWith).toBeGreaterThan(one.recallWith);
    else expect(two).toEqual(one);
  });

  it("leaves alone cards on track, cards FSRS shows before the due date, new cards, and everything after the due date", () => {
    expect(planCard("c", state, { ...GOAL, targetRecall: 0.5 }, NOW, SETTINGS, { todayStart: TODAY })).toBeNull();
    expect(planCard("c", (() => { const at = new Date(NOW.getTime() - DAY); return gradeCard(newMemoryState(at), 4, at, SETTINGS).next; })(), GOAL, NOW, SETTINGS, { todayStart: TODAY })).toBeNull();
    expect(planCard("c", newMemoryState(NOW), GOAL, NOW, SETTINGS, { todayStart: TODAY })).toBeNull();
    const after = new Date(GOAL.dueAt.getTime() + DAY);
    expect(planCard("c", state, GOAL, after, SETTINGS, { todayStart: new Date(after.getTime() - 11 * 3_600_000) })).toBeNull();
  });
});

describe("describeDeadlinePlan", () => {
  it("names the weekday within a week and the date beyond", () => {
    const plan = planDeadlineReviews([{ cardId: "a", state: learned(12, 2) }], GOAL, NOW, SETTINGS, { todayStart: TODAY, maxExtraPerCard: 1 });
    expect(describeDeadlinePlan(plan, GOAL, NOW, "UTC")).toBe("1 extra review before 13 March to reach 95 %.");
    const soon = { ...GOAL, dueAt: new Date("2026-03-06T09:00:00Z") };
    expect(describeDeadlinePlan({ reviews: [], extraReviews: 3 }, soon, NOW, "UTC")).toBe("3 extra reviews before Friday to reach 95 %.");
    expect(describeDeadlinePlan({ reviews: [], extraReviews: 0 }, soon, NOW, "UTC")).toBeNull();
  });
});

describe("deadline mode in a synthetic class", () => {
  it("brings more students to the target on the due date, for a few extra reviews", () => {
    const options = { seed: 3, students: 8, cards: 30, newPerDay: 10, dueInDays: 14, targetRecall: 0.95, desiredRetention: 0.9 };
    const without = simulateDeadlineCohort({ ...options, deadlineMode: false });
    const withMode = simulateDeadlineCohort({ ...options, deadlineMode: true });
    expect(withMode.reached).toBeGreaterThan(without.reached);
    expect(withMode.reviewsPerStudent).toBeGreaterThan(without.reviewsPerStudent);
    // "A small number": at most two extra per card.
    expect(withMode.reviewsPerStudent - without.reviewsPerStudent).toBeLessThanOrEqual(2 * options.cards);
  });
});
