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
