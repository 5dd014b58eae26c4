import { describe, expect, it } from "vitest";
import { presentQuestion, seedFrom } from "./present";
import type { QuestionSpec } from "./types";

const timeline: QuestionSpec = {
  type: "timeline",
  prompt: "Order",
  items: ["A", "B", "C"].map((label, i) => ({ label, date: String(2000 + i) })),
};

describe("presentQuestion", () => {
  it("never reveals the answer key", () => {
    const mc = presentQuestion({ type: "multipleChoice", prompt: "Q", options: ["a", "b"], correctIndex: 1 }, 1);
    expect(JSON.stringify(mc)).not.toContain("correctIndex");
    const typed = presentQuestion({ type: "typed", prompt: "When?", answer: "2004", accepted: [], date: { year: 2004 } }, 1);
    expect(JSON.stringify(typed)).not.toContain("2004");
    const tf = presentQuestion({ type: "trueFalse", prompt: "Q", statement: "S", isTrue: false, correction: "C" }, 1);
    expect(JSON.stringify(tf)).not.toMatch(/isTrue|correction/);
  });

  it("shuffles a timeline the same way for the same seed, never in the right order", () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const shown = presentQuestion(timeline, seed);
      if (shown.type !== "timeline") throw new Error("wrong type");
      expect(shown.items.map((item) => item.index)).not.toEqual([0, 1, 2]);
      expect(presentQuestion(timeline, seed)).toEqual(shown);
    }
  });

  it("derives stable seeds from ids", () => {
    expect(seedFrom("attempt-1:q-1")).toBe(seedFrom("attempt-1:q-1"));
    expect(seedFrom("attempt-1:q-1")).not.toBe(seedFrom("attempt-2:q-1"));
  });
});
