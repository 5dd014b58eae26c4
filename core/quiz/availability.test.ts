import { describe, expect, it } from "vitest";
import { describeAvailability } from "./availability";

const counts = { multipleChoice: 0, trueFalse: 2, timeline: 0, matching: 0, listRecall: 0, typed: 1 };

describe("describeAvailability", () => {
  it("says nothing when the deck can give what is asked", () => {
    expect(describeAvailability(counts, ["trueFalse", "typed"], 3)).toBeNull();
  });

  it("says how many the quiz will really have, and which chosen types the deck lacks (the issue's 10 of 6 types giving 3)", () => {
    expect(describeAvailability(counts, ["multipleChoice", "trueFalse", "timeline", "matching", "listRecall", "typed"], 10)).toBe(
      "You asked for 10 questions, but this deck has only 3 of the chosen types: the quiz will have 3. This deck has no multiple choice, timeline ordering, matching, list recall questions.",
    );
  });

  it("ignores an empty or unreadable count and no chosen type (the form's own errors say those)", () => {
    expect(describeAvailability(counts, [], 10)).toBeNull();
    expect(describeAvailability(counts, ["typed"], Number.NaN)).toBeNull();
  });
});
