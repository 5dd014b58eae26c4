import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck } from "./index";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the raw scraped seed page", () => {
  const raw = readFileSync(path.join(ROOT, "tests/fixtures/articles/central-asia-plus-japan.raw.txt"), "utf8");
  const { published, body } = splitFrontMatter(readFileSync(path.join(ROOT, "content/central-asia-plus-japan.md"), "utf8"));
  const fromMarkdown = generateDeck({ text: body, referenceDate: published! });
  const fromPage = generateDeck({ text: raw });

  it("takes its reference date from the page's date line", () => {
    const started = fromPage.cards.find((c) => c.kind === "eventToDate" && /initiated by Japan/.test(c.prompt));
    expect(started?.answer).toBe("2004");
    expect(fromPage.cards.find((c) => c.kind === "eventToDate" && /fourth ministerial meeting/.test(c.prompt))?.answer).toBe("November 2012");
  });

  it("generates the same key facts as the Markdown version", () => {
    const facts = (deck: typeof fromPage) => deck.cards.filter((c) => c.kind !== "cloze").map((c) => `${c.kind}|${c.prompt}|${c.answer}`);
    expect(facts(fromPage)).toEqual(facts(fromMarkdown));
    for (const expected of ["26 August 2004", "28 August 2004", "June 2006", "April 2002", "June 2001", "Spring to Autumn 2003"]) {
      expect(fromPage.cards.some((c) => c.kind === "eventToDate" && c.answer === expected)).toBe(true);
    }
  });

  it("keeps page chrome out of every card", () => {
    const all = JSON.stringify(fromPage.cards) + JSON.stringify(fromPage.questions);
    expect(all).not.toMatch(/[А-Яа-я]|Menu Content|E-mail|Prudent Solutions|Dobrinskaya|arrow/);
  });
});
