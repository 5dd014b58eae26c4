import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentArticles } from "./content";

describe("loadContentArticles", () => {
  it("loads the seed article from content/ with its front matter validated", async () => {
    const articles = await loadContentArticles();
    const seed = articles.find((article) => article.frontMatter.slug === "central-asia-plus-japan");
    expect(seed?.frontMatter).toMatchObject({ author: "Olga Dobrinskaya", published: "2012-11-28" });
    expect(seed?.body).toContain("[^3]: Japan's diplomacy");
    expect(seed?.body).not.toMatch(/Печать|Главная|Последнее обновление/);
  });

  it("names the file and the problem when an article is invalid", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kioku-content-"));
    writeFileSync(path.join(dir, "broken.md"), "---\ntitle: No date\nslug: broken\nauthor: A\nsource: S\n---\nText.");
    await expect(loadContentArticles(dir)).rejects.toThrow(/content\/broken\.md: invalid front matter: published/);
  });
});
