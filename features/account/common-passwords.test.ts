import { dictionary } from "@zxcvbn-ts/language-common";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";
import { passwordSchema, signUpSchema } from "./schema";

const ranked = dictionary["passwords-common"];

describe("common passwords", () => {
  it("refuses the most common ones, whatever their case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("12345678")).toBe(true);
    expect(isCommonPassword(ranked[COMMON_PASSWORD_COUNT - 1]!)).toBe(true);
  });

  it("stops at the 3,000th, and lets a passphrase through", () => {
    const justBelow = ranked.slice(COMMON_PASSWORD_COUNT).find((candidate) => !ranked.slice(0, COMMON_PASSWORD_COUNT).includes(candidate));
    expect(justBelow).toBeDefined();
    expect(isCommonPassword(justBelow!)).toBe(false);
    expect(isCommonPassword("violet kettle under the stairs")).toBe(false);
  });

  it("gives the sign-up form a clear message and no composition rule", () => {
    const refused = passwordSchema.safeParse("sunshine");
    expect(isCommonPassword("sunshine")).toBe(true);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("That password is among the most common ones; choose another.");
    expect(passwordSchema.safeParse("all lower case words").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(129)).success).toBe(false);
    const signUp = signUpSchema.safeParse({ name: "A", email: "a@b.test", password: "password1", role: "student", timeZone: "UTC" });
    expect(signUp.success).toBe(false);
  });
});
