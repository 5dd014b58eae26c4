import { describe, expect, it } from "vitest";
import { gradeResponse, listScore, matchingScore, orderingScore } from "./grade";
import type { QuestionSpec } from "./types";

const mc: QuestionSpec = { type: "multipleChoice", prompt: "Who?", options: ["Aso", "Kawaguchi", "Okada", "Koizumi"], correctIndex: 1 };
const tf: QuestionSpec = { type: "trueFalse", prompt: "True or false?", statement: "X", isTrue: false, correction: "It was Y." };
const timeline: QuestionSpec = {
  type: "timeline",
  prompt: "Order these",
  items: [
    { label: "A", date: "2001" },
    { label: "B", date: "2002" },
    { label: "C", date: "2003" },
    { label: "D", date: "2004" },
  ],
};
const matching: QuestionSpec = {
  type: "matching",
  prompt: "Match",
  pairs: [
    { left: "Kawaguchi", right: "proposed the Dialogue" },
    { left: "Aso", right: "Arc of freedom and prosperity" },
    { left: "Okada", right: "revived the meetings" },
  ],
};
const list: QuestionSpec = {
  type: "listRecall",
  prompt: "Name the five parts",
  items: ["political dialogue and international cooperation", "regional cooperation", "business promotion", "intellectual dialogue", "cultural and human exchange"],
};
const typedDate: QuestionSpec = { type: "typed", prompt: "When?", answer: "26 August 2004", accepted: [], date: { year: 2004, month: 8, day: 26 } };
const typedName: QuestionSpec = { type: "typed", prompt: "Who?", answer: "Yoriko Kawaguchi", accepted: ["Kawaguchi"] };

describe("gradeResponse", () => {
  it("scores multiple choice and true/false as all or nothing", () => {
    expect(gradeResponse(mc, { type: "multipleChoice", choice: 1 })).toMatchObject({ score: 1, correct: true, given: "Kawaguchi" });
    expect(gradeResponse(mc, { type: "multipleChoice", choice: 0 })).toMatchObject({ score: 0, correct: false, expected: "Kawaguchi" });
    expect(gradeResponse(tf, { type: "trueFalse", value: false }).correct).toBe(true);
    expect(gradeResponse(tf, { type: "trueFalse", value: true })).toMatchObject({ score: 0, expected: "False — It was Y." });
  });

  it("gives partial credit for an ordering with two neighbours swapped", () => {
    expect(gradeResponse(timeline, { type: "timeline", order: [0, 1, 2, 3] }).score).toBe(1);
    expect(gradeResponse(timeline, { type: "timeline", order: [0, 2, 1, 3] }).score).toBeCloseTo(5 / 6);
    expect(gradeResponse(timeline, { type: "timeline", order: [3, 2, 1, 0] }).score).toBe(0);
  });

  it("gives partial credit for matching", () => {
    expect(gradeResponse(matching, { type: "matching", choices: [0, 2, 1] }).score).toBeCloseTo(1 / 3);
    expect(gradeResponse(matching, { type: "matching", choices: [0, 1, 2] }).correct).toBe(true);
  });

  it("gives partial credit for lists, in any order, tolerant of case and small typos", () => {
    const grade = gradeResponse(list, { type: "listRecall", items: ["Business Promotion", "regional cooperaton", "intelectual dialogue", "cooking"] });
    expect(grade.score).toBeCloseTo(3 / 5);
    expect(grade.correct).toBe(false);
  });

  it("counts each expected list item once, however often it is typed", () => {
    expect(listScore(["business promotion", "business promotion"], ["business promotion", "regional cooperation"])).toBe(0.5);
  });

  it("accepts a date typed three ways, and names with a small typo", () => {
    for (const text of ["26 August 2004", "August 26, 2004", "2004-08-26"]) {
      expect(gradeResponse(typedDate, { type: "typed", text }).correct).toBe(true);
    }
    expect(gradeResponse(typedDate, { type: "typed", text: "28 August 2004" }).correct).toBe(false);
    expect(gradeResponse(typedName, { type: "typed", text: "yoriko kawaguci" }).correct).toBe(true);
    expect(gradeResponse(typedName, { type: "typed", text: "kawaguchi" }).correct).toBe(true);
    expect(gradeResponse(typedName, { type: "typed", text: "Taro Aso" }).correct).toBe(false);
  });

  it("scores a missing or mismatched response 0", () => {
    expect(gradeResponse(mc, null)).toMatchObject({ score: 0, given: "(no answer)" });
    expect(gradeResponse(mc, { type: "trueFalse", value: true }).score).toBe(0);
  });
});

describe("orderingScore and matchingScore", () => {
  it("refuse malformed orders", () => {
    expect(orderingScore([0, 0, 1, 2], 4)).toBe(0);
    expect(orderingScore([0, 1], 4)).toBe(0);
    expect(orderingScore([0, 1, 2, 9], 4)).toBe(0);
  });
  it("score unanswered matches as wrong", () => {
    expect(matchingScore([-1, -1], 2)).toBe(0);
  });
});
