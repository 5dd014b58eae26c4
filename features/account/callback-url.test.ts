import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/study/abc", "/study/abc"],
    ["", "/"],
    [null, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
  ])("%s -> %s", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });
});
