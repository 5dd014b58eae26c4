import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText, extractPageDate } from "./clean";
import { splitFrontMatter } from "@/core/content/front-matter";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/articles");

describe("cleanArticleText", () => {
  it("strips Markdown syntax, headings, footnote references and definitions", () => {
    const markdown = "# Title\n\nSome *emphasis* and a [link](https://example.com)[^1] that\nwraps onto a second line.\n\n- A list item\n\n[^1]: A reference, not prose.";
    expect(cleanArticleText(markdown)).toBe("Some emphasis and a link that wraps onto a second line.\n\nA list item");
  });

  it("removes a scraped page's menus, byline, date line and footer", () => {
    const raw = readFileSync(path.join(FIXTURES, "central-asia-plus-japan.raw.txt"), "utf8");
    const text = cleanArticleText(raw);
    expect(text.startsWith("The fourth ministerial meeting")).toBe(true);
    expect(text.endsWith("a core element in realizing Japan's strategy in the region.")).toBe(true);
    expect(text).not.toMatch(/[А-Яа-я]|Menu|E-mail|Prudent Solutions|\[\d\]|Dobrinskaya/);
  });

  it("gives the raw page and the cleaned Markdown the same study text", () => {
    const raw = readFileSync(path.join(FIXTURES, "central-asia-plus-japan.raw.txt"), "utf8");
    const markdown = splitFrontMatter(readFileSync(path.resolve(import.meta.dirname, "../../content/central-asia-plus-japan.md"), "utf8")).body;
    expect(cleanArticleText(raw)).toBe(cleanArticleText(markdown));
  });

  it("finds the date line of a scraped page", () => {
    expect(extractPageDate("Menu\n28.11.2012 г.\nBy someone")).toBe("2012-11-28");
    expect(extractPageDate("Nothing here")).toBeUndefined();
  });
});
