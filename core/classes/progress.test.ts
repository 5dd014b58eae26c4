import { describe, expect, it } from "vitest";
import { gradeCard, newMemoryState, retrievability, type SchedulerSettings } from "@/core/scheduling";
import { hardestCards, predictedRecall, progressStatus, STATUS_RULE } from "./progress";

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
  const base = { targetRecall: 0.8 };
  it("is not started before any card is studied", () => {
    expect(progressStatus({ ...base, studiedCards: 0, recallAtDue: 0 })).toBe("notStarted");
  });
  it("follows the numbers shown: 79 % against an 80 % target is behind, 80 % is on track", () => {
    // The report: "On track" beside 79 % with an 80 % target.
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.79 })).toBe("behind");
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.794 })).toBe("behind");
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.796 })).toBe("onTrack");
    expect(progressStatus({ ...base, studiedCards: 10, recallAtDue: 0.8 })).toBe("onTrack");
  });
  it("does not look at pace: a few cards studied early with low predicted recall is behind", () => {
    expect(progressStatus({ ...base, studiedCards: 2, recallAtDue: 0.2 })).toBe("behind");
  });
  it("agrees with the rule printed beside it", () => {
    expect(STATUS_RULE).toMatch(/predicted recall on the due date .* at least the target/);
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
