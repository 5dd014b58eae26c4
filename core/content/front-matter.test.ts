import { describe, expect, it } from "vitest";
import { ArticleFormatError, parseArticle, splitFrontMatter } from "./front-matter";

const VALID = `---
slug: tea-ceremony
title: The Way of Tea
author: A. Writer
published: 2020-05-01
source: Example Quarterly
---

The tea ceremony is old.
`;

describe("parseArticle", () => {
  it("returns typed front matter and the body", () => {
    const article = parseArticle(VALID, "tea.md");
    expect(article.frontMatter).toEqual({
      slug: "tea-ceremony",
      title: "The Way of Tea",
      author: "A. Writer",
      published: "2020-05-01",
      source: "Example Quarterly",
    });
    expect(article.body).toBe("The tea ceremony is old.");
  });

  it("names the file and the field when the front matter is wrong", () => {
    const broken = VALID.replace("published: 2020-05-01", "published: last spring");
    expect(() => parseArticle(broken, "tea.md")).toThrowError(ArticleFormatError);
    expect(() => parseArticle(broken, "tea.md")).toThrowError(/tea\.md: invalid front matter: published: published must be a date/);
  });

  it("refuses a file without front matter or without text", () => {
    expect(() => parseArticle("Just text.", "plain.md")).toThrowError(/plain\.md: missing front matter/);
    expect(() => parseArticle(VALID.replace("The tea ceremony is old.\n", ""), "empty.md")).toThrowError(/no text/);
  });

  it("reports invalid YAML clearly", () => {
    expect(() => parseArticle("---\ntitle: [unclosed\n---\nBody", "bad.md")).toThrowError(/bad\.md: front matter is not valid YAML/);
  });
});

describe("splitFrontMatter", () => {
  it("takes a title and date from front matter when present", () => {
    expect(splitFrontMatter(VALID)).toEqual({ title: "The Way of Tea", published: "2020-05-01", body: "\nThe tea ceremony is old.\n" });
  });

  it("keeps text without front matter whole and ignores fields it cannot use", () => {
    expect(splitFrontMatter("Plain text.")).toEqual({ body: "Plain text." });
    expect(splitFrontMatter("---\npublished: someday\n---\nBody")).toEqual({ body: "Body" });
  });
});
