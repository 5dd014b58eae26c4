import { describe, expect, it } from "vitest";
import { segmentPassage } from "./passage";

const TEXT = "First one. Second one.\n\nThird one.";
const SENTENCES = [
  { position: 0, start: 0, end: 10 },
  { position: 1, start: 11, end: 22 },
  { position: 2, start: 24, end: 34 },
];

describe("segmentPassage", () => {
  it("splits paragraphs at line breaks and marks the highlighted sentences", () => {
    const paragraphs = segmentPassage(TEXT, SENTENCES, new Set([1]));
    expect(paragraphs).toEqual([
      [
        { text: "First one.", sentence: 0, highlighted: false },
        { text: " ", sentence: null, highlighted: false },
        { text: "Second one.", sentence: 1, highlighted: true },
      ],
      [{ text: "Third one.", sentence: 2, highlighted: false }],
    ]);
  });

  it("keeps every character of the text in reading order", () => {
    const joined = segmentPassage(TEXT, SENTENCES, new Set())
      .map((paragraph) => paragraph.map((segment) => segment.text).join(""))
      .join("\n\n");
    expect(joined).toBe(TEXT);
  });

  it("ignores sentences whose offsets fall outside the text", () => {
    const paragraphs = segmentPassage("Short.", [{ position: 0, start: 0, end: 99 }], new Set([0]));
    expect(paragraphs).toEqual([[{ text: "Short.", sentence: null, highlighted: false }]]);
  });
});
