import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle, splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck, type GeneratedDeck } from "./index";
import type { CardKind, GeneratedCard } from "./types";

const ARTICLE = path.resolve(import.meta.dirname, "../../content/central-asia-plus-japan.md");

let deck: GeneratedDeck;

beforeAll(() => {
  const { published, body } = splitFrontMatter(readFileSync(ARTICLE, "utf8"));
  const referenceDate = published;
  deck = generateDeck({ text: body, ...(referenceDate ? { referenceDate } : {}) });
});

/** The one card of `kind` whose prompt matches every pattern; fails when there is none. */
function card(kind: CardKind, ...patterns: RegExp[]): GeneratedCard {
  const found = deck.cards.filter((c) => c.kind === kind && patterns.every((p) => p.test(c.prompt)));
  expect(found, `${kind} card with prompt ${patterns.join(" & ")}`).not.toHaveLength(0);
  return found[0]!;
}

function cards(kind: CardKind, ...patterns: RegExp[]): GeneratedCard[] {
  return deck.cards.filter((c) => c.kind === kind && patterns.every((p) => p.test(c.prompt)));
}

describe("seed article front matter", () => {
  it("has exactly the expected keys and the publication date", () => {
    const { frontMatter } = parseArticle(readFileSync(ARTICLE, "utf8"), ARTICLE);
    expect(Object.keys(frontMatter).sort()).toEqual(["affiliation", "author", "published", "slug", "source", "title"]);
    expect(frontMatter.published).toBe("2012-11-28");
    expect(frontMatter.slug).toBe("central-asia-plus-japan");
    expect(frontMatter.source).toMatch(/Prudent Solutions/);
    expect(frontMatter.source).toMatch(/Institute of Far Eastern Studies/);
  });
});

describe("seed article: dated events, both directions", () => {
  const events: Array<{ name: string; prompt: RegExp[]; date: string; event: RegExp[] }> = [
    { name: "Koizumi's Boao speech", prompt: [/Koizumi/, /greater cooperation/], date: "April 2002", event: [/Koizumi/, /Boao/] },
    { name: "SCO established", prompt: [/Shanghai Cooperation Organization/], date: "June 2001", event: [/Shanghai Cooperation Organization/] },
    { name: "discussions in 2003", prompt: [/fostering relationships/], date: "Spring to Autumn 2003", event: [/fostering relationships/, /discussed/] },
    { name: "Kawaguchi in Tashkent", prompt: [/Tashkent/, /Kawaguchi/], date: "26 August 2004", event: [/Kawaguchi/, /Tashkent/] },
    { name: "first meeting in Astana", prompt: [/Astana/, /first meeting/], date: "28 August 2004", event: [/first meeting/, /Astana/] },
    { name: "second ministerial meeting", prompt: [/second ministerial meeting/, /Action Plan/], date: "June 2006", event: [/second ministerial meeting/, /Action Plan/] },
    { name: "Arc of freedom and prosperity", prompt: [/Arc of freedom and prosperity/, /Aso/], date: "November 2006", event: [/Arc of freedom and prosperity/, /Taro Aso/] },
    { name: "Eurasian crossroads", prompt: [/Eurasian crossroads/, /Aso/], date: "June 2009", event: [/Taro Aso/, /Eurasian crossroads/] },
    { name: "third ministerial meeting", prompt: [/third ministerial meeting/], date: "August 2010", event: [/third ministerial meeting/, /four-year pause/] },
    { name: "first business forum", prompt: [/business forum/, /Tokyo/], date: "July 2011", event: [/Tokyo hosted the first multilateral business forum/] },
    { name: "fourth ministerial meeting", prompt: [/fourth ministerial meeting/, /Tokyo/], date: "November 2012", event: [/fourth ministerial meeting/, /Tokyo/] },
  ];

  for (const { name, prompt, date, event } of events) {
    it(`${name}: event -> ${date} and ${date} -> event`, () => {
      expect(card("eventToDate", ...prompt).answer).toBe(date);
      const reverse = card("dateToEvent", new RegExp(`\\b${date}\\?$`));
      for (const pattern of event) expect(reverse.answer).toMatch(pattern);
    });
  }

  it("dates the Dialogue's start eight years before publication, in 2004", () => {
    const started = card("eventToDate", /initiated by Japan/);
    expect(started.prompt).toMatch(/Central Asia plus Japan/);
    expect(started.answer).toBe("2004");
    expect(started.explanation).toMatch(/eight years/);
  });

  it("knows the ministerial meeting planned for 2008 never happened", () => {
    expect(card("dateToEvent", /planned for 2008/).answer).toMatch(/ministerial meeting/);
    expect(card("eventToDate", /planned/, /not held/).answer).toBe("2008");
  });

  it("prints only the date parts the article states", () => {
    const dateAnswers = deck.cards.filter((c) => c.kind === "eventToDate").map((c) => c.answer);
    expect(dateAnswers).not.toContain("1 June 2006");
    for (const answer of dateAnswers) expect(answer).not.toMatch(/^1 (?!August)/);
  });

  it("puts events in order on timeline cards", () => {
    const timelines = deck.cards.filter((c) => c.kind === "timeline");
    expect(timelines.length).toBeGreaterThan(0);
    expect(timelines.some((t) => /June 2001.*April 2002.*Spring to Autumn 2003/.test(t.answer))).toBe(true);
  });
});

describe("seed article: people and what they did", () => {
  it("Koizumi called for greater cooperation", () => {
    expect(card("personToAction", /Junichiro Koizumi/).answer).toMatch(/greater cooperation with Central Asia/i);
    expect(card("actionToPerson", /greater cooperation/).answer).toMatch(/^Junichiro Koizumi/);
  });

  it("Kawaguchi proposed the Dialogue, as foreign minister", () => {
    expect(card("personToAction", /foreign minister Yoriko Kawaguchi/).answer).toMatch(/Central Asia plus Japan/);
    expect(card("actionToPerson", /Tashkent/).answer).toBe("Yoriko Kawaguchi (then foreign minister)");
  });

  it("Aso as foreign minister put forward the corridor of peace and stability", () => {
    expect(card("personToAction", /foreign minister Taro Aso/).answer).toMatch(/corridor of peace and stability/);
    expect(card("actionToPerson", /new vision of the region/).answer).toBe("Taro Aso (then foreign minister)");
  });

  it("Aso later, as Prime Minister, proposed the Eurasian crossroads", () => {
    expect(card("actionToPerson", /Eurasian crossroads/).answer).toBe("Taro Aso (as Prime Minister)");
    expect(card("basic", /capacity/, /Eurasian crossroads/).answer).toBe("As Prime Minister");
    expect(card("basic", /offices/, /Taro Aso/).answer).toBe("Foreign minister; Prime Minister");
  });

  it("Okada set out to revive the ministerial meetings", () => {
    const answers = cards("personToAction", /Katsuya Okada/).map((c) => c.answer);
    expect(answers.some((a) => /breathe new life into the Dialogue/.test(a))).toBe(true);
    expect(answers.some((a) => /back on track/.test(a))).toBe(true);
  });

  it("never makes a name inside a modifier the actor", () => {
    // "conducted according to a vision put forward by Aso" does not mean Aso conducted the meeting;
    // "the initiatives by Koizumi began" does not mean Koizumi began anything.
    expect(deck.cards.filter((c) => /conducted/.test(c.prompt) && /Aso/.test(c.answer))).toEqual([]);
    expect(deck.cards.filter((c) => /Koizumi/.test(c.prompt) && /\bbegin\b/.test(c.prompt))).toEqual([]);
    expect(deck.facts.actions.map((a) => `${a.person}: ${a.verb}`)).not.toContain("Taro Aso: conducted");
  });
});

describe("seed article: lists, figures and terms", () => {
  it("lists the five parts of the 2006 Action Plan", () => {
    expect(card("listRecall", /five parts of the Action Plan/).answer).toBe(
      "political dialogue and international cooperation; regional cooperation; business promotion; intellectual dialogue; cultural and human exchange",
    );
  });

  it("lists the five spheres of the $700 million package, gathered from five sentences", () => {
    const spheres = card("listRecall", /five spheres/, /700 million dollars/).answer.split("; ");
    expect(spheres).toHaveLength(5);
    [/trade and investment/, /environment, energy efficiency/, /human security/, /stabilization of Afghanistan/, /disaster prevention/].forEach((p, i) => expect(spheres[i]).toMatch(p));
  });

  it("lists the four principles of the Dialogue", () => {
    expect(card("listRecall", /principles of the Dialogue/).answer).toBe("respect for diversity; competition; coordination; open cooperation");
  });

  it("asks for the figures", () => {
    expect(card("figure", /How much/, /assistance package/).answer).toBe("700 million dollars");
    expect(card("figure", /distributed in _____/).answer).toBe("five spheres");
  });

  it("explains the terms", () => {
    expect(card("term", /What does ‘nemawashi’ mean/).answer).toBe("Laying the groundwork for decision-making");
    expect(card("term", /corridor of peace and stability/).answer).toMatch(/wide geographic area/);
    expect(card("term", /Arc of freedom and prosperity/, /envision/).answer).toMatch(/chain of states/);
    expect(card("term", /Eurasian crossroads/, /call/).answer).toMatch(/modern version of the Silk Road/);
    expect(card("term", /human security/).answer).toMatch(/core pillars of Japan's foreign policy/);
    expect(card("term", /soft power/).answer).toMatch(/nonmilitary means/);
  });

  it("makes no card from the footnotes", () => {
    expect(deck.plainText).not.toMatch(/Gaiko|Kawato|P\.22|H\.E\./);
    const all = deck.cards.map((c) => `${c.prompt} ${c.answer} ${c.explanation}`).join("\n");
    expect(all).not.toMatch(/Gaiko|Kawato|P\.22|H\.E\.|30 June/);
  });
});

describe("seed article: deck shape", () => {
  it("gives every card a unique content key and a source", () => {
    const keys = deck.cards.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of deck.cards) {
      expect(c.key).toMatch(/^[a-z0-9-]+$/);
      expect(c.sourceSentenceIds.length).toBeGreaterThan(0);
    }
  });

  it("has no prompt that starts with a dangling reference", () => {
    for (const c of deck.cards) expect(c.prompt).not.toMatch(/^(?:It|This|That|These|They|He|She)\b/);
  });

  it("offers every question type", () => {
    const types = new Set(deck.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["listRecall", "matching", "multipleChoice", "timeline", "trueFalse", "typed"]);
  });
});
