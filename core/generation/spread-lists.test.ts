import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";

const lists = (text: string) => generateDeck({ text }).cards.filter((c) => c.kind === "listRecall").map((c) => `${c.prompt} => ${c.answer}`);

describe("lists spread over sentences", () => {
  it("reads items from sentences opening on First, Second and Finally when the count matches", () => {
    const text = "The charter rests on three principles. First, openness: every meeting is public. Second, they must rotate the chair each year. Finally, thrift: no member may spend without a vote.";
    expect(lists(text)).toContain("The charter rests on three principles. Name the three principles in the order the text gives them. => openness; rotate the chair each year; thrift");
  });

  it("makes no list when the count and the items disagree", () => {
    const text = "The charter rests on four principles. First, openness: every meeting is public. Second, thrift: no member may spend without a vote.";
    expect(lists(text).filter((c) => c.includes("in the order the text gives them"))).toEqual([]);
  });
});
