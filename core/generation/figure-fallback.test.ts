import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";

const figureCards = (text: string) => generateDeck({ text }).cards.filter((c) => c.prompt.startsWith("Fill in the figure:")).map((c) => `${c.prompt} => ${c.answer}`);

describe("figures in sentences that open on a pronoun", () => {
  it("keeps the sentence before, so the blank knows what 'it' is", () => {
    const text = "The town of Marrow grew up around its market. The wall, built by the duke in 1420, has stood for six centuries. It encircles the old town for about 4 kilometres.";
    expect(figureCards(text)).toContain(
      "Fill in the figure: The wall, built by the duke in 1420, has stood for six centuries. It encircles the old town for about _____. => 4 kilometres",
    );
  });
});
