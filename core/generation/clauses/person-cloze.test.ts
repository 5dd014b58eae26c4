import { describe, expect, it } from "vitest";
import { generateDeck } from "../index";
import { tagSentence } from "./tagged";
import { peopleIn } from "./person-cloze";

const namesIn = (text: string) => peopleIn({ id: 0, text } as never, tagSentence(text)).map((p) => p.text);
const clozes = (text: string) =>
  generateDeck({ text }).cards.filter((c) => c.prompt.startsWith("Fill in the person:")).map((c) => `${c.prompt.replace("Fill in the person: ", "")} => ${c.answer}`);

describe("people named in passing", () => {
  it("takes the name after a title or a role noun, not the title", () => {
    expect(namesIn("Yesterday Foreign Minister Anneli Virtanen met the veteran organiser Tomas Brenner in Turku.")).toEqual(["Anneli Virtanen", "Tomas Brenner"]);
  });

  it("takes a name set off after a role and a name with initials, without its possessive", () => {
    expect(namesIn("The firm hired one of its chemists, Oskar Lindqvist, to read R. K. Narayan's notes.")).toEqual(["Oskar Lindqvist", "R. K. Narayan"]);
  });

  it("reads the agent of 'led by' as a person", () => {
    expect(namesIn("The Harvest Revolt of 1651, led by Kasimir Osterhold, failed within a month.")).toEqual(["Kasimir Osterhold"]);
  });

  it("reads a hyphenated given name after 'begun by' and a name with a particle", () => {
    expect(namesIn("The project grew out of work begun by Wen-tsai Lo at the institute.")).toEqual(["Wen-tsai Lo"]);
    expect(namesIn("In 1921 Otto von Wessel showed that the plates warp.")).toEqual(["Otto von Wessel"]);
  });

  it("joins a second name to a person by 'and'", () => {
    expect(namesIn("In 1961 Henrietta Lacks and Oduya Mbeki at the institute found the flaw.")).toEqual(["Henrietta Lacks", "Oduya Mbeki"]);
  });

  it("leaves places, things and lone titles alone", () => {
    expect(namesIn("The Mona Lisa hung in the Musée Napoléon while the Secretary of War visited Spain and the Native American nations.")).toEqual([]);
    // A name is never cut at a hyphen: all of it or none of it.
    expect(namesIn("She was born Maria von Anhalt-Zerbst in Stettin.")).toEqual(["Maria von Anhalt-Zerbst"]);
  });

  it("blanks the person in the sentence that names them", () => {
    const text = "The Lindqvist Bridge opened in 1931. Its engineer was a modest man. The structure was tested by the physicist Greta Holm before it opened.";
    expect(clozes(text)).toContain("The structure was tested by the physicist _____ before it opened. => Greta Holm");
  });

  it("makes no cloze for a person another card already asks for", () => {
    const text = "The canal was finished in 1822. Its chief engineer was Piet Vos, who had trained in Delft. Piet Vos later built a bridge at Zwolle.";
    const deck = generateDeck({ text });
    const forVos = deck.cards.filter((c) => c.answer === "Piet Vos");
    expect(forVos.length).toBeGreaterThan(0);
    expect(forVos.filter((c) => c.prompt.startsWith("Fill in the person:"))).toHaveLength(0);
  });

  it("keeps a middle initial in a who-card's answer", () => {
    const cards = generateDeck({ text: "The word was coined by the engineer Mary K. Osborne, who combined two older terms." }).cards;
    expect(cards.some((c) => c.answer === "Mary K. Osborne")).toBe(true);
    expect(cards.some((c) => c.answer === "K. Osborne")).toBe(false);
  });
});
