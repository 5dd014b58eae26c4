import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";

describe("full names on cards", () => {
  it("a common noun shared by two names does not make them one ('Hubble Space Telescope', 'James Webb Space Telescope')", () => {
    const deck = generateDeck({
      text:
        "The Hubble Space Telescope is a large optical telescope in low Earth orbit. " +
        "The telescope was carried into orbit by the shuttle Discovery on 24 April 1990. " +
        "Its successor, the James Webb Space Telescope, was launched on 25 December 2021.",
    });
    const dates = deck.cards.filter((card) => card.kind === "eventToDate").map((card) => card.answer);
    expect(dates).toContain("24 April 1990");
  });

  it("a surname still keeps two people apart (father and son)", () => {
    const deck = generateDeck({
      text:
        "Isambard Kingdom Brunel was born in Portsmouth on 9 April 1806, the son of Marc Isambard Brunel, a French-born engineer who had settled in England. " +
        "He was educated partly in France and then trained under his father. " +
        "Brunel also imagined the railway continuing across the ocean, and he designed three great steamships.",
    });
    for (const card of deck.cards) expect(`${card.prompt} ${card.answer}`).not.toMatch(/Marc Isambard Brunel design/);
  });
});
