import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/study/abc", "/study/abc"],
    ["/decks/x?tab=cards#top", "/decks/x?tab=cards#top"],
    ["", "/"],
    [null, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    // Browsers drop tabs and newlines from a Location, which makes these "//evil.example".
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/\u0000x", "/"],
    ["/\u007f/evil.example", "/"],
    // Dot segments that resolve to a protocol-relative path.
    ["/..//evil.example", "/"],
    ["/./\\evil.example", "/"],
    [" //evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%j -> %s", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });
});
