import { describe, expect, it } from "vitest";
import { pickQuestions, seededShuffle } from "./select";
import type { PoolQuestion, QuestionType } from "./index";

const TYPES: QuestionType[] = ["multipleChoice", "trueFalse", "timeline", "matching", "listRecall", "typed"];
const pool: PoolQuestion[] = TYPES.flatMap((type) => Array.from({ length: 5 }, (_, i) => ({ id: `${type}-${i}`, type })));

describe("pickQuestions", () => {
  it("draws the same quiz for the same seed and a different one for another seed", () => {
    const a = pickQuestions(pool, TYPES, 12, 42);
    expect(pickQuestions(pool, TYPES, 12, 42)).toEqual(a);
    expect(pickQuestions(pool, TYPES, 12, 43)).not.toEqual(a);
  });

  it("covers every chosen type, and only those", () => {
    const ids = pickQuestions(pool, ["timeline", "typed"], 6, 7);
    expect(ids).toHaveLength(6);
    expect(new Set(ids.map((id) => id.split("-")[0]))).toEqual(new Set(["timeline", "typed"]));
    const all = pickQuestions(pool, TYPES, 6, 7);
    expect(new Set(all.map((id) => id.split("-")[0])).size).toBe(6);
  });

  it("returns what the pool has when asked for more", () => {
    expect(pickQuestions(pool, ["matching"], 50, 1)).toHaveLength(5);
  });
});

describe("seededShuffle", () => {
  it("is a permutation", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect([...seededShuffle(items, 9)].sort((x, y) => x - y)).toEqual(items);
  });
});
