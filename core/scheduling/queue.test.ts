import { describe, expect, it } from "vitest";
import { buildStudyQueue, type QueueInput } from "./queue";

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
});
