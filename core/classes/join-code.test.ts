import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatJoinCode, isWellFormedJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 10 characters from the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i += 1) {
      const code = makeJoinCode(randomBytes);
      expect(isWellFormedJoinCode(code)).toBe(true);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(JOIN_CODE_ALPHABET).toHaveLength(29);
  });

  it("differ from one another", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => makeJoinCode(randomBytes)));
    expect(codes.size).toBe(1000);
  });

  it("read what people type: case, dashes and spaces ignored", () => {
    expect(normalizeJoinCode(" abcde-fghjk ")).toBe("ABCDEFGHJK");
    expect(formatJoinCode("ABCDEFGHJK")).toBe("ABCDE-FGHJK");
    expect(isWellFormedJoinCode(normalizeJoinCode("abcde fghjk"))).toBe(true);
    expect(isWellFormedJoinCode("SHORT")).toBe(false);
  });

  it("use a deterministic source when given one", () => {
    const zeros = (size: number) => new Uint8Array(size);
    expect(makeJoinCode(zeros)).toBe("2222222222");
  });
});
