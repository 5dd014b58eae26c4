import { describe, expect, it } from "vitest";
import { analyseItems, type AnalysedQuestion } from "./item-analysis";

const T0 = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const mc: AnalysedQuestion = {
  id: "mc",
  number: 1,
  type: "multipleChoice",
  prompt: "Who proposed it?",
  spec: { type: "multipleChoice", prompt: "Who proposed it?", options: ["Aso", "Kawaguchi", "Okada", "Koizumi"], correctIndex: 1 },
};
const tf: AnalysedQuestion = { id: "tf", number: 2, type: "trueFalse", prompt: "True or false?", spec: { type: "trueFalse", prompt: "True or false?", statement: "It began in 2004.", isTrue: true } };

describe("analyseItems", () => {
  it("counts share correct, the answers chosen and the median time per question, and flags what most got wrong", () => {
    const attempts = [
      { startedAt: T0, answers: [{ questionId: "mc", response: { type: "multipleChoice" as const, choice: 0 }, answeredAt: at(10) }, { questionId: "tf", response: { type: "trueFalse" as const, value: true }, answeredAt: at(15) }] },
      { startedAt: T0, answers: [{ questionId: "mc", response: { type: "multipleChoice" as const, choice: 0 }, answeredAt: at(20) }, { questionId: "tf", response: { type: "trueFalse" as const, value: true }, answeredAt: at(24) }] },
      { startedAt: T0, answers: [{ questionId: "mc", response: { type: "multipleChoice" as const, choice: 1 }, answeredAt: at(30) }] },
    ];
    const [first, second] = analyseItems([mc, tf], attempts);
    expect(first).toMatchObject({ questionId: "mc", responses: 3, shareCorrect: 1 / 3, medianSeconds: 20, flagged: true, expected: "Kawaguchi" });
    expect(first!.distribution).toEqual([
      { answer: "Aso", count: 2, correct: false },
      { answer: "Kawaguchi", count: 1, correct: true },
    ]);
    // The third attempt never answered the true/false question: it counts as wrong, "(no answer)".
    expect(second).toMatchObject({ shareCorrect: 2 / 3, medianSeconds: 4.5, flagged: false });
    expect(second!.distribution.find((row) => row.answer === "(no answer)")).toEqual({ answer: "(no answer)", count: 1, correct: false });
  });

  it("flags exactly when more than half are wrong", () => {
    const half = [true, false].map((right) => ({ startedAt: T0, answers: [{ questionId: "tf", response: { type: "trueFalse" as const, value: right }, answeredAt: at(5) }] }));
    expect(analyseItems([tf], half)[0]).toMatchObject({ shareCorrect: 0.5, flagged: false });
    expect(analyseItems([tf], [half[1]!])[0]).toMatchObject({ shareCorrect: 0, flagged: true });
  });

  it("reports nothing measured without attempts", () => {
    expect(analyseItems([mc], [])[0]).toMatchObject({ responses: 0, shareCorrect: null, medianSeconds: null, flagged: false, distribution: [] });
  });
});
