import { describe, expect, it } from "vitest";
import { generateDeck } from "./index";

const dateClozes = (text: string) =>
  generateDeck({ text }).cards.filter((c) => c.prompt.startsWith("Fill in the date:")).map((c) => `${c.prompt.replace("Fill in the date: ", "")} => ${c.answer}`);

describe("dates the event reader cannot ask", () => {
  it("blanks a date in an aside in its own sentence", () => {
    expect(dateClozes("The Harbour Bridge was a long project. The old ferry pier, demolished on 4 May 1932, had served the town for sixty years.")).toContain(
      "The old ferry pier, demolished on _____, had served the town for sixty years. => 4 May 1932",
    );
  });

  it("asks each of two dates in one sentence with the other left in place", () => {
    const cards = dateClozes("The mill, which opened in 1788, closed in 1851 after a long decline.");
    expect(cards.some((c) => c.endsWith("=> 1788") && c.includes("1851"))).toBe(true);
  });

  it("does not ask a date a question already asks", () => {
    const deck = generateDeck({ text: "In 1921 Ingrid Solberg opened a bakery in Leeds." });
    expect(deck.cards.some((c) => c.kind === "eventToDate" && c.answer === "1921")).toBe(true);
    expect(deck.cards.filter((c) => c.prompt.startsWith("Fill in the date:"))).toHaveLength(0);
  });

  it("leaves a dateline and a bare month alone", () => {
    expect(dateClozes("OSLO, 3 March 1990 — Thousands gathered in the square. In March the council met again and the mayor, who was tired, spoke.")).toEqual([]);
  });

  it("keeps only the part between semicolons of a long sentence", () => {
    const long = `${"The committee read many reports and heard many witnesses from the northern valleys, ".repeat(3)}and it sat for months; in 1904 it published its findings, which were widely read.`;
    const cards = dateClozes(long);
    expect(cards).toContain("In _____ it published its findings, which were widely read. => 1904");
  });
});

describe("sentence ends and names the reader must not break", () => {
  it("ends a sentence after a price, and keeps 'Moore's law' from becoming the term 'Moore's'", () => {
    const deck = generateDeck({ text: "The Tern radio went on sale in 1958 for $29.95. Two later models sold far better. The speed doubled every year, a trend called Kell's rule after its finder." });
    const all = deck.cards.map((c) => `${c.prompt} => ${c.answer}`);
    expect(all.filter((c) => /\$29\.95\. Two/.test(c))).toEqual([]);
    expect(all.filter((c) => /=> Kell's$|‘Kell's’/.test(c))).toEqual([]);
  });
});

describe("the year of a bare month in a report", () => {
  const event = (text: string, needle: RegExp) => generateDeck({ text }).cards.find((c) => c.kind === "dateToEvent" && needle.test(c.answer));

  it("takes a news dateline as the article's date, so an earlier month stays in its year", () => {
    const text = "OSLO, 11 November 1989 — Crowds filled the square tonight.\n\nA week ago, on 4 November, thousands of people rallied for free elections in the harbour district.";
    expect(event(text, /rallied/)?.prompt).toBe("What happened on 4 November 1989?");
  });

  it("keeps the year after 'earlier', and marks a guessed next year as doubtful", () => {
    expect(event("The bridge opened on 11 November 1989. Earlier, on 18 October, mass protests forced the mayor out.", /protests/)?.prompt).toBe("What happened on 18 October 1989?");
    const guessed = event("The bridge opened on 11 November 1989. On 18 October mass protests forced the mayor out.", /protests/);
    expect(guessed?.prompt).toBe("What happened on 18 October 1990?");
    expect(guessed?.doubt).toMatch(/guessed/);
  });
});
