import { describe, expect, it } from "vitest";
import { checkArticleBytes, checkArticleText, MAX_ARTICLE_BYTES } from "./article-input";

const encode = (text: string) => new TextEncoder().encode(text);

describe("checkArticleText", () => {
  it("accepts ordinary text and normalises line endings and a BOM", () => {
    expect(checkArticleText("\uFEFFLine one.\r\nLine two.")).toEqual({ ok: true, text: "Line one.\nLine two." });
  });

  it("refuses blank text", () => {
    expect(checkArticleText("  \n\t ")).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses text over 1 MB, counting UTF-8 bytes", () => {
    // 'é' is two bytes in UTF-8, so this is just over the limit while having fewer characters.
    expect(checkArticleText("é".repeat(MAX_ARTICLE_BYTES / 2 + 1))).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkArticleText("a".repeat(MAX_ARTICLE_BYTES)).ok).toBe(true);
  });

  it("refuses control characters of binary data", () => {
    expect(checkArticleText("%PDF-1.7\u0001\u0002\u0003 stream")).toEqual({ ok: false, problem: "binary" });
  });
});

describe("checkArticleBytes", () => {
  it("refuses a NUL byte or invalid UTF-8", () => {
    expect(checkArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual({ ok: false, problem: "binary" });
    expect(checkArticleBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ ok: false, problem: "binary" });
  });

  it("decodes UTF-8 text", () => {
    expect(checkArticleBytes(encode("Kioku 記憶"))).toEqual({ ok: true, text: "Kioku 記憶" });
  });

  it("refuses more than 1 MB before decoding", () => {
    expect(checkArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toEqual({ ok: false, problem: "tooLarge" });
  });
});
