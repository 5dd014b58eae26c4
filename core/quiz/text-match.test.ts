import { describe, expect, it } from "vitest";
import { answersMatch, editDistance, normalizeAnswer } from "./text-match";

describe("normalizeAnswer", () => {
  it("ignores case, accents, punctuation, spacing and a leading article", () => {
    expect(normalizeAnswer("  The  Arc of Freedom & Prosperity! ")).toBe("arc of freedom prosperity");
    expect(normalizeAnswer("Café")).toBe("cafe");
    expect(normalizeAnswer("$700 million")).toBe("$700 million");
  });
});

describe("editDistance", () => {
  it.each([
    ["kawaguchi", "kawaguchi", 0],
    ["kawaguci", "kawaguchi", 1],
    ["kawagcuhi", "kawaguchi", 1],
    ["okada", "okdaa", 1],
    ["aso", "abe", 2],
  ])("%s vs %s = %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("answersMatch", () => {
  it.each([
    ["Yoriko Kawaguchi", "Yoriko Kawaguchi"],
    ["yoriko kawaguci", "Yoriko Kawaguchi"],
    ["Koizumi Junichiro", "Junichiro Koizumi"],
    ["nemawashi", "Nemawashi"],
    ["business promotion", "Business promotion"],
    ["political dialogue and international cooperation", "political dialogue and international cooperation"],
    ["international cooperation and political dialogue", "political dialogue and international cooperation"],
  ])("accepts %s for %s", (given, expected) => {
    expect(answersMatch(given, expected)).toBe(true);
  });

  it.each([
    ["Aso", "Abe"],
    ["Taro", "Taro Aso"],
    ["cooperation", "regional cooperation"],
    ["regional cooperation", "political dialogue and international cooperation"],
    ["", "Tokyo"],
    ["Okada Katsuya was the foreign minister who announced the return of the meetings", "Katsuya Okada"],
  ])("refuses %s for %s", (given, expected) => {
    expect(answersMatch(given, expected)).toBe(false);
  });
});

describe("numbers in answers", () => {
  it("allow no typo", () => {
    expect(answersMatch("28 August 2004", "26 August 2004")).toBe(false);
    expect(answersMatch("$700 milion", "$700 million")).toBe(true);
    expect(answersMatch("$70 million", "$700 million")).toBe(false);
  });
});
