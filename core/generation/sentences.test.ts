import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe("splitSentences", () => {
  it("returns ids and offsets that point back into the text", () => {
    const text = "First sentence here.  Second one follows!\n\nA new paragraph? Yes.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.id)).toEqual([0, 1, 2, 3]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First sentence here.", "Second one follows!", "A new paragraph?", "Yes."]);
  });

  it("does not split after titles, initials and dotted abbreviations", () => {
    expect(texts("Dr. Smith met Mr. J. K. Rowling in St. Petersburg. They talked.")).toEqual([
      "Dr. Smith met Mr. J. K. Rowling in St. Petersburg.",
      "They talked.",
    ]);
    expect(texts("The speech by H.E.Mr.Taro Aso was long. It ended late.")).toEqual(["The speech by H.E.Mr.Taro Aso was long.", "It ended late."]);
    expect(texts("Aid from the U.S. Congress grew. The U.S. agreed.")).toEqual(["Aid from the U.S. Congress grew.", "The U.S. agreed."]);
  });

  it("keeps numbers with dots and page references together", () => {
    expect(texts("After the attacks of 9.11, policy changed. See the forum, P.9. Kawato cited it.")).toEqual([
      "After the attacks of 9.11, policy changed.",
      "See the forum, P.9. Kawato cited it.",
    ]);
  });

  it("ignores question marks inside parentheses and before lower-case words", () => {
    expect(texts("The initiatives began (prompted? accelerated?) the change. Methods were discussed.")).toEqual([
      "The initiatives began (prompted? accelerated?) the change.",
      "Methods were discussed.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(texts('He called it "a corridor." Then he left.')).toEqual(['He called it "a corridor."', "Then he left."]);
  });

  it("handles empty and whitespace-only text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n ")).toEqual([]);
  });
});

describe("abbreviations that are also words", () => {
  it("ends a sentence after 'art.' before a capital, keeps 'Art. 5' and 'No. 3' whole", () => {
    const texts = splitSentences("She was a patron of learning and art. She founded a school. See Art. 5 and No. 3 of the charter.").map((s) => s.text);
    expect(texts).toEqual(["She was a patron of learning and art.", "She founded a school.", "See Art. 5 and No. 3 of the charter."]);
  });
});
