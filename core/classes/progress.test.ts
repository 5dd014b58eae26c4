import { describe, expect, it } from "vitest";
import { gradeCard, newMemoryState, retrievability, type SchedulerSettings } from "@/core/scheduling";
import { hardestCards, predictedRecall, progressStatus } from "./progress";

const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const NOW = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

describe("predictedRecall", () => {
  it("averages retrievability at the due date, counting unstudied cards as 0", () => {
    const easy = gradeCard(newMemoryState(NOW), 4, NOW, NO_FUZZ).next;
    const due = at(10);
    const r = retrievability(easy, due, NO_FUZZ);
    expect(r).toBeGreaterThan(0.5);
    expect(r).toBeLessThan(1);
    expect(predictedRecall([easy], 1, due, NO_FUZZ)).toBeCloseTo(r);
    expect(predictedRecall([easy], 4, due, NO_FUZZ)).toBeCloseTo(r / 4);
    expect(predictedRecall([], 0, due)).toBe(0);
  });

  it("falls the later the due date", () => {
    const state = gradeCard(newMemoryState(NOW), 3, NOW, NO_FUZZ).next;
    expect(predictedRecall([state], 1, at(1), NO_FUZZ)).toBeGreaterThan(predictedRecall([state], 1, at(30), NO_FUZZ));
  });
});

describe("progressStatus", () => {
  const base = { totalCards: 10, targetRecall: 0.85, assignedAt: at(-5), dueAt: at(5), now: NOW };
  it("is not started before any card is studied", () => {
    expect(progressStatus({ ...base, studiedCards: 0, recallAtDue: 0 })).toBe("notStarted");
  });
  it("is on track when studying keeps pace with the calendar", () => {
    // Half the time has gone; half the cards studied is on pace, four of ten is not.
    expect(progressStatus({ ...base, studiedCards: 5, recallAtDue: 0.4 })).toBe("onTrack");
    expect(progressStatus({ ...base, studiedCards: 4, recallAtDue: 0.4 })).toBe("behind");
  });
  it("is on track once every card is studied and the target is met, even after the due date", () => {
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.9, now: at(6) })).toBe("onTrack");
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.8, now: at(6) })).toBe("behind");
  });
});

describe("hardestCards", () => {
  it("puts cards that are leeches for more students first", () => {
    const rows = [
      { cardId: "easy-leech", prompt: "", lapses: 1, recallAtDue: 0.9, studiedBy: 3, leechFor: 2 },
      { cardId: "hard", prompt: "", lapses: 5, recallAtDue: 0.2, studiedBy: 3, leechFor: 0 },
      { cardId: "one-leech", prompt: "", lapses: 2, recallAtDue: 0.8, studiedBy: 3, leechFor: 1 },
    ];
    expect(hardestCards(rows).map((row) => row.cardId)).toEqual(["easy-leech", "one-leech", "hard"]);
  });

  it("orders by lowest recall then most lapses, skipping cards nobody studied", () => {
    const rows = [
      { cardId: "a", prompt: "A", lapses: 1, recallAtDue: 0.9, studiedBy: 3 },
      { cardId: "b", prompt: "B", lapses: 5, recallAtDue: 0.5, studiedBy: 3 },
      { cardId: "c", prompt: "C", lapses: 9, recallAtDue: 0.5, studiedBy: 2 },
      { cardId: "d", prompt: "D", lapses: 0, recallAtDue: null, studiedBy: 0 },
    ];
    expect(hardestCards(rows).map((row) => row.cardId)).toEqual(["c", "b", "a"]);
  });
});
