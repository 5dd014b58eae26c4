import { describe, expect, it } from "vitest";
import { titleFromArticle } from "./deck-title";

describe("titleFromArticle", () => {
  it("takes the front matter's title first", () => {
    expect(titleFromArticle("# A heading\n\nText.", "From the front matter")).toBe("From the front matter");
  });

  it("takes the first Markdown heading next, wherever it is", () => {
    expect(titleFromArticle("Some intro line.\n\n## The Verrin Valley Railway ##\n\nText.")).toBe("The Verrin Valley Railway");
  });

  it("falls back to the first few words, not the whole first sentence", () => {
    expect(titleFromArticle("The Harbour Bridge opened on 19 March 1932 after eight years of construction by thousands.")).toBe(
      "The Harbour Bridge opened on 19 March 1932…",
    );
    expect(titleFromArticle("\n\nShort line.")).toBe("Short line");
    expect(titleFromArticle("   ")).toBe("Untitled deck");
  });
});
