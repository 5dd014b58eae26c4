import { describe, expect, it } from "vitest";
import { tidyQuestionPrompt } from "./polish";

describe("tidyQuestionPrompt", () => {
  it("drops a birth name after 'born', keeping the place", () => {
    expect(tidyQuestionPrompt("When was Ada Lovelace born Augusta Ada Byron in London?")).toBe("When was Ada Lovelace born in London?");
    expect(tidyQuestionPrompt("When was Catherine the Great born Sophie Friederike Auguste von Anhalt-Zerbst in Stettin?")).toBe("When was Catherine the Great born in Stettin?");
    expect(tidyQuestionPrompt("When was Ada Lovelace born in London?")).toBe("When was Ada Lovelace born in London?");
  });

  it("drops an intensive 'himself' after a name, not a reflexive object", () => {
    expect(tidyQuestionPrompt("When did Dunant himself share the first Nobel Peace Prize?")).toBe("When did Dunant share the first Nobel Peace Prize?");
    expect(tidyQuestionPrompt("Who taught herself Latin?")).toBe("Who taught herself Latin?");
  });

  it("drops a relative time or a pointing phrase at the end of a question", () => {
    expect(tidyQuestionPrompt("Who became the Earl of Lovelace three years later?")).toBe("Who became the Earl of Lovelace?");
    expect(tidyQuestionPrompt("Who moved to Paris the following year?")).toBe("Who moved to Paris?");
    expect(tidyQuestionPrompt("Who shared the 2011 Nobel Prize in Physics for this discovery?")).toBe("Who shared the 2011 Nobel Prize in Physics?");
    expect(tidyQuestionPrompt("Who received the Nobel Prize in Chemistry for this work in 1961?")).toBe("Who received the Nobel Prize in Chemistry in 1961?");
    // Cut to "Who was crowned?", the question would fit everyone crowned in the article.
    expect(tidyQuestionPrompt("Who was crowned the next day?")).toBe("Who was crowned the next day?");
    // Inside the question, a relative time stays: cutting it would leave a hole.
    expect(tidyQuestionPrompt("Who two years later published a report?")).toBe("Who two years later published a report?");
  });

  it("leaves clozes and statements alone", () => {
    const cloze = "Fill in the person: _____ became the Earl of Lovelace three years later.";
    expect(tidyQuestionPrompt(cloze)).toBe(cloze);
  });
});

describe("quotations on cards", () => {
  it("a question cut at the end of a quotation closes the quotation", async () => {
    const { generateDeck } = await import("./index");
    const deck = generateDeck({
      text: 'The council voted to build a tram line. Mayor Elena Varga called the vote "a turning point for the city". Councillor Piotr Nowak said the estimate was "wildly optimistic".',
    });
    const who = deck.cards.filter((card) => card.prompt.startsWith("Who "));
    expect(who.map((card) => card.prompt)).toContain('Who called the vote "a turning point for the city"?');
    for (const card of deck.cards) expect((card.prompt.match(/"/g) ?? []).length % 2, card.prompt).toBe(0);
  });
});
