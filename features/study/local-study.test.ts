import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, gradeCard, newMemoryState } from "@/core/scheduling";
import { answerLocally, localPreviews, localQueue, memoryFromDTO, memoryToDTO, startLocalStudy, type StudyPackDTO } from "./local-study";

const NOW = new Date("2026-03-02T10:00:00Z");
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };

function pack(overrides: Partial<StudyPackDTO> = {}): StudyPackDTO {
  const card = (id: string) => ({ id, kind: "basic", prompt: `Q ${id}`, answer: `A ${id}`, explanation: "", sources: [], state: null, buriedUntil: null });
  return {
    madeAt: NOW.toISOString(),
    settings,
    nextDayStart: "2026-03-03T03:00:00.000Z",
    newCardsPerDay: 2,
    newStartedToday: 0,
    maxReviewsPerDay: 200,
    reviewsDoneToday: 0,
    newBuriedUntil: null,
    cards: [card("a"), card("b"), card("c")],
    truncated: false,
    ...overrides,
  };
}

describe("studying on the device", () => {
  it("grades with the same code as the server and moves to the next card at once", () => {
    const study = startLocalStudy(pack());
    expect(localQueue(study, NOW).cardIds).toEqual(["a", "b"]);
    const { study: after, next } = answerLocally(study, "a", 3, NOW);
    expect(next).toEqual(gradeCard(newMemoryState(NOW), 3, NOW, settings).next);
    // Good puts "a" on its 10-minute step; the new-card allowance of 2 now lets "b" only.
    expect(localQueue(after, NOW).cardIds).toEqual(["b"]);
    expect(after.newStartedToday).toBe(1);
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(localQueue(after, later).cardIds).toEqual(["a", "b"]);
    expect(localQueue(after, NOW).nextDueAt).toEqual(later);
  });

  it("labels the buttons as the server does, and round-trips states through JSON", () => {
    const study = startLocalStudy(pack());
    expect(localPreviews(study, "a", NOW).map((preview) => preview.label)).toEqual(["1m", "6m", "10m", expect.stringMatching(/d$/)]);
    const state = gradeCard(newMemoryState(NOW), 4, NOW, settings).next;
    expect(memoryFromDTO(JSON.parse(JSON.stringify(memoryToDTO(state))))).toEqual(state);
  });
});

describe("a device offline past the end of the study day", () => {
  const TOMORROW = new Date("2026-03-03T09:00:00Z");
  const dueTomorrow = (id: string) => {
    // Answered Easy a while ago: a review card the server put in the pack because it is due tomorrow.
    const reviewed = gradeCard(newMemoryState(new Date("2026-02-20T10:00:00Z")), 4, new Date("2026-02-20T10:00:00Z"), settings).next;
    const state = { ...reviewed, due: new Date("2026-03-03T08:00:00Z") };
    return { id, kind: "basic", prompt: `Q ${id}`, answer: `A ${id}`, explanation: "", sources: [], state: memoryToDTO(state), buriedUntil: null };
  };
  const newCard = (id: string) => ({ id, kind: "basic", prompt: `Q ${id}`, answer: `A ${id}`, explanation: "", sources: [], state: null, buriedUntil: null });

  it("studies the next day's due cards and a fresh new-card allowance from the same pack", () => {
    const study = startLocalStudy(
      pack({ followingDayStart: "2026-03-04T03:00:00.000Z", newStartedToday: 2, cards: [dueTomorrow("r"), newCard("a"), newCard("b"), newCard("c")] }),
    );
    // Today: the allowance of 2 is used up and "r" is not due yet; it comes tomorrow.
    expect(localQueue(study, NOW).cardIds).toEqual([]);
    expect(localQueue(study, NOW).nextDueAt).toEqual(new Date("2026-03-03T03:00:00.000Z"));
    // Tomorrow, offline: the review first, then two new cards (a new day's allowance).
    expect(localQueue(study, TOMORROW).cardIds).toEqual(["r", "a", "b"]);
    const { study: after } = answerLocally(study, "a", 3, TOMORROW);
    expect(after.newStartedToday).toBe(1);
    expect(after.dayEnds).toBe("2026-03-04T03:00:00.000Z");
    expect(localQueue(after, TOMORROW).cardIds).toEqual(["r", "b"]);
  });

  it("does not roll over a pack that does not know the next day, nor past the day after", () => {
    const old = startLocalStudy(pack({ newStartedToday: 2 }));
    expect(localQueue(old, TOMORROW).cardIds).toEqual([]);
    const study = startLocalStudy(pack({ followingDayStart: "2026-03-04T03:00:00.000Z", newStartedToday: 2 }));
    const rolled = answerLocally(study, "a", 3, TOMORROW).study;
    const dayAfter = new Date("2026-03-04T09:00:00Z");
    // The day after tomorrow keeps tomorrow's count: the pack cannot say what that day holds.
    expect(rolled.newStartedToday).toBe(1);
    expect(localQueue(rolled, dayAfter).cardIds).toEqual(["a", "b"]);
  });
});
