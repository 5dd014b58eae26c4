import { describe, expect, it } from "vitest";
import type { GeneratedCard } from "@/core/generation/types";
import { diffRegeneration, type StoredCard } from "./regeneration-diff";

const card = (key: string, answer: string): GeneratedCard => ({ key, kind: "eventToDate", prompt: `When did ${key} happen?`, answer, explanation: "", sourceSentenceIds: [0] });
const stored = (key: string, answer: string, deleted = false): StoredCard => ({ ...card(key, answer), deleted });

describe("diffRegeneration", () => {
  it("finds nothing when the generator makes the same cards", () => {
    expect(diffRegeneration([stored("a", "2004")], [card("a", "2004")])).toEqual({ added: [], changed: [], gone: [] });
  });

  it("sorts cards into new, changed and gone by key", () => {
    const diff = diffRegeneration([stored("a", "2004"), stored("b", "2006"), stored("c", "2010")], [card("a", "2004"), card("b", "2007"), card("d", "2012")]);
    expect(diff.added.map((c) => c.key)).toEqual(["d"]);
    expect(diff.changed).toEqual([{ key: "b", before: { prompt: "When did b happen?", answer: "2006", explanation: "" }, after: card("b", "2007") }]);
    expect(diff.gone).toEqual([{ key: "c", prompt: "When did c happen?", answer: "2010" }]);
  });

  it("never brings back a card its owner deleted, nor calls it changed or gone", () => {
    expect(diffRegeneration([stored("a", "2004", true), stored("b", "2006", true)], [card("a", "2005")])).toEqual({ added: [], changed: [], gone: [] });
  });

  it("leaves cards added by hand alone", () => {
    expect(diffRegeneration([stored("added-123", "Okada")], []).gone).toEqual([]);
  });
});
