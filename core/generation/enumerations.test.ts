import { describe, expect, it } from "vitest";
import { analyse } from "./analysis";
import { extractEnumerations, splitItems } from "./enumerations";
import { splitSentences } from "./sentences";

function lists(text: string) {
  return extractEnumerations(analyse(splitSentences(text))).map((l) => ({ title: l.title, count: l.announcedCount, items: l.items.map((i) => i.text) }));
}

describe("splitItems", () => {
  it("splits on commas and the final 'and', keeping 'and' inside items with an Oxford comma", () => {
    expect(splitItems("political dialogue and international cooperation, regional cooperation, and cultural and human exchange", 3)).toEqual([
      "political dialogue and international cooperation",
      "regional cooperation",
      "cultural and human exchange",
    ]);
  });

  it("uses the announced count to decide a final 'and' without an Oxford comma", () => {
    expect(splitItems("iron, steel and glass", 3)).toEqual(["iron", "steel", "glass"]);
    expect(splitItems("iron, steel and glass", 2)).toEqual(["iron", "steel and glass"]);
    expect(splitItems("iron, steel and glass", 5)).toBeUndefined();
  });
});

describe("extractEnumerations", () => {
  it("uses an inline list whose announced count matches, with its owner resolved", () => {
    const found = lists("The Charter was signed by the council. It consisted of three parts: a preamble, a body of rules, and an annex.");
    expect(found).toEqual([{ title: "parts of the Charter", count: 3, items: ["a preamble", "a body of rules", "an annex"] }]);
  });

  it("drops an inline list whose count does not match the items", () => {
    expect(lists("The plan had four parts: a preamble, a body of rules, and an annex.")).toEqual([]);
  });

  it("collects a list spread over sentences with discourse markers", () => {
    const text = [
      "The city launched a new programme of 40 million euros to be spent in three areas.",
      "First of all, the city will be building new schools in the suburbs.",
      "Much attention is paid to the repair of old bridges, which are unsafe.",
      "Another area will be public transport, where delays are common.",
      "The mayor was pleased.",
    ].join(" ");
    expect(lists(text)).toEqual([
      { title: "areas of the new programme of 40 million euros", count: 3, items: ["new schools in the suburbs", "the repair of old bridges", "public transport"] },
    ]);
  });

  it("does not use a spread list that runs out of markers before the count", () => {
    const text = "The fund supports two sectors. First of all, it builds roads. The weather was fine.";
    expect(lists(text)).toEqual([]);
  });

  it("reads 'such as' examples after a plural noun with an owner", () => {
    expect(lists("The meeting announced the principles of the union, such as openness, trust, and fair trade, and set goals.")[0]).toEqual({
      title: "principles of the union",
      count: undefined,
      items: ["openness", "trust", "fair trade"],
    });
  });
});
