import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";

const figureCards = (text: string) => generateDeck({ text }).cards.filter((c) => c.prompt.startsWith("Fill in the figure:")).map((c) => `${c.prompt} => ${c.answer}`);

describe("figures in sentences that open on a pronoun", () => {
  it("names both sentences it quotes as its source", () => {
    const text = "The town of Marrow grew up around its market. The wall, built by the duke in 1420, has stood for six centuries. It encircles the old town for about 4 kilometres.";
    const card = generateDeck({ text }).cards.find((c) => c.answer === "4 kilometres");
    expect(card?.sourceSentenceIds).toEqual([1, 2]);
  });

  it("keeps the sentence before, so the blank knows what 'it' is", () => {
    const text = "The town of Marrow grew up around its market. The wall, built by the duke in 1420, has stood for six centuries. It encircles the old town for about 4 kilometres.";
    expect(figureCards(text)).toContain(
      "Fill in the figure: The wall, built by the duke in 1420, has stood for six centuries. It encircles the old town for about _____. => 4 kilometres",
    );
  });
});

describe("figures written as fractions, ranges, shares, ages and two units", () => {
  const answers = (text: string) => generateDeck({ text }).cards.filter((c) => c.prompt.startsWith("Fill in the figure:")).map((c) => c.answer);

  it("keeps '3½ points' and '1-2 percent' whole", () => {
    const got = answers("The home side won the series by 3½ points to 2½ after a long week. The plant uses about 1-2 percent of the region's power in winter.");
    expect(got).toEqual(expect.arrayContaining(["3½ points", "1-2 percent"]));
    expect(got.filter((a) => /^\d$/.test(a))).toEqual([]);
  });

  it("reads an age, a share, degrees and a duration in two units", () => {
    const got = answers(
      "The engineer Hal Brook died in Leeds in March 1901, aged 61. About two-thirds of the old harbour was lost in the storm. The zone covers all land south of 55° South latitude. Each lap of the course takes 2 hours and 10 minutes for most riders.",
    );
    expect(got).toEqual(expect.arrayContaining(["61", "two-thirds", "55°", "2 hours and 10 minutes"]));
  });

  it("does not take the day of 'the 27th' for a figure", () => {
    expect(answers("Eruptions grew through the afternoon, and on the morning of the 27th a series of blasts tore the island apart.")).not.toContain("27");
  });
});
