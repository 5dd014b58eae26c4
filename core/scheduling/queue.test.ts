import { describe, expect, it } from "vitest";
import { buildStudyQueue, describeBacklog, type QueueInput, type ScheduledCardRef } from "./queue";

const NOW = new Date("2026-03-01T12:00:00Z");
const TOMORROW = new Date("2026-03-02T04:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function input(overrides: Partial<QueueInput>): QueueInput {
  return { now: NOW, scheduled: [], unseenCardIds: [], newStartedToday: 0, newCardsPerDay: 20, nextDayStart: TOMORROW, ...overrides };
}

describe("buildStudyQueue", () => {
  it("puts due learning cards first, then due reviews oldest first, then new cards", () => {
    const queue = buildStudyQueue(
      input({
        scheduled: [
          { cardId: "r-late", due: at(-5), phase: "review" },
          { cardId: "r-old", due: at(-500), phase: "review" },
          { cardId: "l", due: at(-1), phase: "learning" },
          { cardId: "future", due: at(30), phase: "review" },
        ],
        unseenCardIds: ["n1", "n2"],
      }),
    );
    expect(queue.cardIds).toEqual(["l", "r-old", "r-late", "n1", "n2"]);
    expect(queue.dueCount).toBe(3);
    expect(queue.newCount).toBe(2);
    expect(queue.nextDueAt).toEqual(at(30));
  });

  it("limits new cards to what is left of the daily allowance", () => {
    const queue = buildStudyQueue(input({ unseenCardIds: ["a", "b", "c", "d"], newStartedToday: 18 }));
    expect(queue.cardIds).toEqual(["a", "b"]);
  });

  it("says new cards come back at the next day start once the allowance is spent", () => {
    const queue = buildStudyQueue(input({ unseenCardIds: ["a"], newStartedToday: 20 }));
    expect(queue.cardIds).toEqual([]);
    expect(queue.nextDueAt).toEqual(TOMORROW);
  });

  it("has nothing next when every card is done and none is scheduled", () => {
    expect(buildStudyQueue(input({})).nextDueAt).toBeNull();
  });

  it("leaves suspended and buried cards out, and says when a buried one comes back", () => {
    const queue = buildStudyQueue(
      input({
        scheduled: [
          { cardId: "suspended", due: at(-60), phase: "review", suspended: true },
          { cardId: "buried", due: at(-60), phase: "review", buriedUntil: TOMORROW },
          { cardId: "unburied", due: at(-30), phase: "review", buriedUntil: at(-1) },
        ],
        newCardsPerDay: 0,
      }),
    );
    expect(queue.cardIds).toEqual(["unburied"]);
    expect(queue.nextDueAt).toEqual(TOMORROW);
  });

  it("counts a buried new card's return as the next thing due", () => {
    const inAnHour = at(60);
    expect(buildStudyQueue(input({ newBuriedUntil: inAnHour })).nextDueAt).toEqual(inAnHour);
  });
});

describe("backlog mode", () => {
  const reviews: ScheduledCardRef[] = [
    { cardId: "oldest-but-strong", due: at(-5000), phase: "review", retrievability: 0.88 },
    { cardId: "weak", due: at(-10), phase: "review", retrievability: 0.41 },
    { cardId: "weaker", due: at(-20), phase: "review", retrievability: 0.3 },
    { cardId: "middling", due: at(-30), phase: "review", retrievability: 0.7 },
  ];

  it("orders by due date while the day's maximum is not exceeded", () => {
    const queue = buildStudyQueue(input({ scheduled: reviews, maxReviewsPerDay: 4, reviewsDoneToday: 0 }));
    expect(queue.backlog).toBeNull();
    expect(queue.cardIds).toEqual(["oldest-but-strong", "middling", "weaker", "weak"]);
  });

  it("shows the cards least likely to be recalled first when more are due than the maximum", () => {
    const queue = buildStudyQueue(
      input({ scheduled: [...reviews, { cardId: "step", due: at(-1), phase: "relearning", retrievability: 0.95 }], maxReviewsPerDay: 5, reviewsDoneToday: 3 }),
    );
    expect(queue.backlog).toEqual({ due: 4, shown: 2 });
    // Learning steps are not reviews: they always come first and do not use the allowance.
    expect(queue.cardIds).toEqual(["step", "weaker", "weak"]);
    expect(queue.nextDueAt).toEqual(TOMORROW);
    expect(describeBacklog(queue.backlog!)).toBe("Backlog: 4 due, showing the 2 you are most likely to forget first.");
  });

  it("says so when today's maximum is used up", () => {
    const queue = buildStudyQueue(input({ scheduled: reviews, maxReviewsPerDay: 10, reviewsDoneToday: 10 }));
    expect(queue.cardIds).toEqual([]);
    expect(describeBacklog(queue.backlog!)).toMatch(/^Backlog: 4 due, and today's maximum of reviews is reached/);
  });
});


describe("buildStudyQueue with siblings", () => {
  /** `answered`: groups answered today by some other card. */
  const siblings = (groups: Record<string, string>, answered: string[] = []) => ({
    groupOf: new Map(Object.entries(groups)),
    answeredToday: new Map(answered.map((group) => [group, new Set([`answered-${group}`])])),
  });

  it("holds the due reviews and new cards of a group answered today until the next study day", () => {
    const queue = buildStudyQueue(
      input({
        scheduled: [
          { cardId: "r-sib", due: at(-60), phase: "review", group: "fact-1" },
          { cardId: "r-other", due: at(-30), phase: "review", group: "fact-2" },
        ],
        unseenCardIds: ["n-sib", "n-other"],
        siblings: siblings({ "n-sib": "fact-1", "n-other": "fact-3" }, ["fact-1"]),
      }),
    );
    expect(queue.cardIds).toEqual(["r-other", "n-other"]);
    expect(queue.nextDueAt).toEqual(TOMORROW);
  });

  it("never starts two siblings on the same day, and takes the next new card instead", () => {
    const queue = buildStudyQueue(
      input({
        unseenCardIds: ["a-forward", "a-reverse", "b-forward", "b-reverse", "c"],
        newCardsPerDay: 3,
        siblings: siblings({ "a-forward": "a", "a-reverse": "a", "b-forward": "b", "b-reverse": "b" }),
      }),
    );
    expect(queue.cardIds).toEqual(["a-forward", "b-forward", "c"]);
  });

  it("shows one of two siblings due together, and a new sibling of a due review waits", () => {
    const queue = buildStudyQueue(
      input({
        scheduled: [
          { cardId: "r1", due: at(-90), phase: "review", group: "g" },
          { cardId: "r2", due: at(-10), phase: "review", group: "g" },
        ],
        unseenCardIds: ["n"],
        siblings: siblings({ n: "g" }),
      }),
    );
    expect(queue.cardIds).toEqual(["r1"]);
  });

  it("never holds learning cards, and holds nothing when the setting is off", () => {
    const scheduled: ScheduledCardRef[] = [
      { cardId: "l", due: at(-1), phase: "relearning", group: "g" },
      { cardId: "r", due: at(-5), phase: "review", group: "g" },
    ];
    expect(buildStudyQueue(input({ scheduled, siblings: siblings({}, ["g"]) })).cardIds).toEqual(["l"]);
    expect(buildStudyQueue(input({ scheduled })).cardIds).toEqual(["l", "r"]);
  });

  it("does not hold the answered card itself (reset to new, it may start again today)", () => {
    const queue = buildStudyQueue(
      input({ unseenCardIds: ["reset"], siblings: { groupOf: new Map([["reset", "g"]]), answeredToday: new Map([["g", new Set(["reset"])]]) } }),
    );
    expect(queue.cardIds).toEqual(["reset"]);
  });

  it("cards without a group are never held", () => {
    const queue = buildStudyQueue(input({ unseenCardIds: ["x", "y"], siblings: siblings({ x: "", y: "" }, [""]) }));
    expect(queue.cardIds).toEqual(["x", "y"]);
  });

  it("counts the backlog after siblings are held", () => {
    const queue = buildStudyQueue(
      input({
        scheduled: [
          { cardId: "a", due: at(-5), phase: "review", group: "g", retrievability: 0.5 },
          { cardId: "b", due: at(-5), phase: "review", group: "g", retrievability: 0.4 },
          { cardId: "c", due: at(-5), phase: "review", retrievability: 0.6 },
        ],
        maxReviewsPerDay: 1,
        siblings: siblings({}),
      }),
    );
    expect(queue.cardIds).toEqual(["b"]);
    expect(queue.backlog).toEqual({ due: 2, shown: 1 });
  });
});
