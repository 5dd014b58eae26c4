import { describe, expect, it } from "vitest";
import { questionsToRetire } from "./card-change";

const questions = [
  { id: "about-a", cardId: "a", sourcePositions: [1] },
  { id: "about-b", cardId: "b", sourcePositions: [1] },
  { id: "timeline-1-2", cardId: null, sourcePositions: [1, 2] },
  { id: "matching-5", cardId: null, sourcePositions: [5] },
];

describe("questionsToRetire", () => {
  it("retires nothing when no card changed", () => {
    expect(questionsToRetire(questions, [])).toEqual([]);
  });

  it("retires the questions about a changed card and the card-less ones sharing its sentences, nothing else", () => {
    expect(questionsToRetire(questions, [{ id: "a", sourcePositions: [1] }])).toEqual(["about-a", "timeline-1-2"]);
  });

  it("keeps a card-less question away from the change, and a question about another card on the same sentence", () => {
    const retired = questionsToRetire(questions, [{ id: "a", sourcePositions: [1] }]);
    expect(retired).not.toContain("matching-5");
    expect(retired).not.toContain("about-b");
  });

  it("retires only the card's own questions for a card without sources (added by hand)", () => {
    expect(questionsToRetire([...questions, { id: "about-c", cardId: "c", sourcePositions: [] }], [{ id: "c", sourcePositions: [] }])).toEqual(["about-c"]);
  });
});
