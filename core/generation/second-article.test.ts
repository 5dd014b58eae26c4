import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck, type GeneratedDeck } from "./index";
import type { CardKind, GeneratedCard } from "./types";

// An invented encyclopedic article (a railway, its engineer, a merchant, a prime minister) that
// shares nothing with the seed article: the rules must not depend on the seed.
const ARTICLE = path.resolve(import.meta.dirname, "../../tests/fixtures/articles/second-article.md");

let deck: GeneratedDeck;

beforeAll(() => {
  const { published, body } = splitFrontMatter(readFileSync(ARTICLE, "utf8"));
  deck = generateDeck({ text: body, referenceDate: published! });
});

function card(kind: CardKind, ...patterns: RegExp[]): GeneratedCard {
  const found = deck.cards.filter((c) => c.kind === kind && patterns.every((p) => p.test(c.prompt)));
  expect(found, `${kind} card with prompt ${patterns.join(" & ")}`).not.toHaveLength(0);
  return found[0]!;
}

describe("second article: facts", () => {
  it("dates the events, including a season, a relative date and a year range", () => {
    expect(card("eventToDate", /Edwin Carrow/).answer).toBe("March 1858");
    expect(card("eventToDate", /mine owners/, /found/).answer).toBe("Spring 1863");
    expect(card("eventToDate", /construction begin/i).answer).toBe("4 April 1864");
    expect(card("eventToDate", /flood destroy/).answer).toBe("25 April 1864");
    expect(card("eventToDate", /opened by prime minister William Hale/).answer).toBe("12 September 1871");
    expect(card("eventToDate", /Verrin Valley Railway built/).answer).toBe("1864 to 1871");
    expect(card("dateToEvent", /1948/).answer).toMatch(/taken over by the state/);
  });

  it("asks 'until when' for an end date, and keeps it off the timelines", () => {
    expect(card("eventToDate", /^Until when did coal trains run\?$/).answer).toBe("1991");
    expect(deck.cards.filter((c) => c.kind === "timeline" && /coal trains ran/i.test(c.prompt))).toEqual([]);
  });

  it("knows who did what, with roles that change", () => {
    expect(card("actionToPerson", /proposed a railway along the Verrin/).answer).toBe("Edwin Carrow (merchant)");
    expect(card("personToAction", /the merchant Edwin Carrow/).answer).toMatch(/^A railway along the Verrin/);
    expect(card("basic", /offices/, /Thomas Ashdown/).answer).toBe("Engineer; chairman");
    expect(card("eventToDate", /Thomas Ashdown become chairman/).answer).toBe("1875");
  });

  it("does not credit the man who drew up the plan with the survey, nor the committee chair with checking", () => {
    // A cloze quotes its sentence word for word ("checked by a committee chaired by _____"): it credits no one.
    const all = deck.cards.filter((c) => !c.prompt.startsWith("Fill in the person:")).map((c) => `${c.prompt} => ${c.answer}`);
    expect(all.filter((line) => /surveyed/.test(line) && /=> Thomas Ashdown/.test(line))).toEqual([]);
    expect(all.filter((line) => /checked/.test(line) && /Henry Vane/.test(line))).toEqual([]);
    expect(deck.facts.actions.find((a) => a.person === "Henry Vane")?.verb).toBe("chaired");
  });

  it("recalls the inline and the spread lists", () => {
    expect(card("listRecall", /three sections of the line/).answer).toBe(
      "the coastal section from Castlemere to Ardley; the river section along the Verrin gorge; the mountain section up to Hollin",
    );
    expect(card("listRecall", /four main difficulties the Company faced/).answer.split("; ")).toEqual([
      "the gorge flooded almost every winter",
      "the rock of the mountain section was harder than the survey had predicted",
      "landowners demanded high prices for their fields",
      "money ran short in 1868",
    ]);
  });

  it("asks for figures and glossed terms", () => {
    const figures = deck.cards.filter((c) => c.kind === "figure").map((c) => c.answer);
    expect(figures).toEqual(expect.arrayContaining(["42 kilometres", "£600,000", "£1.4 million", "14 viaducts", "85 per cent", "3,000 workers"]));
    expect(card("term", /What does ‘navvies’ mean/).answer).toBe("Labourers who dug cuttings and built embankments by hand");
    expect(card("term", /What does ‘Verrin gauge’ mean/).answer).toBe("A wooden template used to check the width of every cutting");
  });

  it("resolves 'It' to the thing named before", () => {
    expect(card("eventToDate", /Carrow Viaduct/, /completed/).answer).toBe("October 1869");
  });
});

describe("second article: soundness", () => {
  it("has no garbage prompts", () => {
    for (const c of deck.cards) {
      expect(c.prompt).toMatch(/^[A-Z]/);
      expect(c.prompt).toMatch(/[?.]$/);
      expect(c.prompt).not.toMatch(/\b(?:it|this|they)\s*\?$|\s{2,}|\s[,.;?]|\(\s*\)|\{|\}|undefined|NaN/);
      expect(c.answer.trim().length).toBeGreaterThan(0);
    }
  });

  it("never mixes in the seed article's subjects", () => {
    const all = JSON.stringify(deck.cards);
    expect(all).not.toMatch(/Japan|Dialogue|Aso|Koizumi|Central Asia/);
  });
});
