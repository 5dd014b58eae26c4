import { describe, expect, it } from "vitest";
import { answerKeyLine } from "./answer-key";
import { presentQuestion } from "./present";
import type { QuestionSpec } from "./types";

describe("answerKeyLine", () => {
  it("names the multiple-choice letter and the true/false value", () => {
    const mc: QuestionSpec = { type: "multipleChoice", prompt: "Who?", options: ["Aso", "Kawaguchi"], correctIndex: 1 };
    expect(answerKeyLine(mc, presentQuestion(mc, 1))).toBe("B. Kawaguchi");
    const tf: QuestionSpec = { type: "trueFalse", prompt: "?", statement: "S", isTrue: false, correction: "It was 2004." };
    expect(answerKeyLine(tf, presentQuestion(tf, 1))).toBe("False (It was 2004.)");
  });

  it("gives matching pairs by the letters of the column as printed, whatever the shuffle", () => {
    const spec: QuestionSpec = { type: "matching", prompt: "Match.", pairs: [{ left: "Kawaguchi", right: "Dialogue" }, { left: "Aso", right: "Arc" }, { left: "Okada", right: "Visit" }] };
    for (const seed of [1, 2, 3, 99]) {
      const shown = presentQuestion(spec, seed);
      if (shown.type !== "matching") throw new Error("not matching");
      const line = answerKeyLine(spec, shown);
      spec.pairs.forEach((pair, index) => {
        const printedAt = shown.right.findIndex((item) => item.label === pair.right);
        expect(line).toContain(`${index + 1}–${String.fromCharCode(65 + printedAt)} (${pair.right})`);
      });
    }
  });
});
