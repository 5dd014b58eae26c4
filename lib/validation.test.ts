import { describe, expect, it } from "vitest";
import { classNameSchema } from "@/features/class/schema";
import { deckTitleSchema } from "@/features/deck/schema";
import { checkArticleText } from "@/core/content/article-input";
import { idSchema, NUL_MESSAGE } from "./validation";

describe("input that PostgreSQL would refuse", () => {
  it("is refused with a message in free text, before it reaches either engine", () => {
    for (const schema of [classNameSchema, deckTitleSchema]) {
      const result = schema.safeParse("History\u0000 101");
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(NUL_MESSAGE);
      expect(schema.safeParse("History 101").success).toBe(true);
    }
  });

  it("makes an article with a single NUL count as binary", () => {
    expect(checkArticleText(`${"A long and ordinary article. ".repeat(500)}\u0000`)).toEqual({ ok: false, problem: "binary" });
  });

  it("accepts only cuid-shaped ids", () => {
    expect(idSchema.safeParse("cmi1x2y3z0000abcd").success).toBe(true);
    for (const bad of ["", "a\u0000b", "../etc", "x".repeat(65), "id with space"]) expect(idSchema.safeParse(bad).success).toBe(false);
  });
});
