import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  AccountDisabledError,
  authenticate,
  LoginThrottledError,
  loginRetryAfterSeconds,
} from "@/features/account/login-throttle";
import { hashPassword } from "@/features/account/password";
import { db } from "@/lib/db";

const NOW = new Date("2026-03-02T10:00:00Z");
const PASSWORD = "correct horse battery staple";
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function account(disabled = false): Promise<string> {
  const email = `${randomUUID()}@test.kioku`;
  await db.user.create({ data: { name: "Tess", email, passwordHash, role: "student", disabledAt: disabled ? NOW : null } });
  return email;
}

async function outcome(email: string, password: string, now: Date): Promise<"ok" | "wrong" | number | "disabled"> {
  try {
    return (await authenticate({ email, password }, now)) ? "ok" : "wrong";
  } catch (error) {
    if (error instanceof LoginThrottledError) return error.retryAfterSeconds;
    if (error instanceof AccountDisabledError) return "disabled";
    throw error;
  }
}

async function failFiveTimes(email: string) {
  for (let i = 0; i < 5; i++) expect(await outcome(email, "wrong password", at(i))).toBe("wrong");
}

describe("login throttling", () => {
  it("refuses the sixth try within 15 minutes, even with the right password, and says how long to wait", async () => {
    const email = await account();
    await failFiveTimes(email);
    // The first failure (minute 0) leaves the window at minute 15; asked at minute 5 that is 600 s away.
    expect(await outcome(email, PASSWORD, at(5))).toBe(600);
    expect(await outcome(email, "wrong password", at(14))).toBe(60);
    expect(await db.loginFailure.count({ where: { email } })).toBe(5);
    expect(await outcome(email, PASSWORD, at(15))).toBe("ok");
  });

  it("treats an unknown e-mail exactly like a known one", async () => {
    const email = `${randomUUID()}@nobody.kioku`;
    await failFiveTimes(email);
    expect(await outcome(email, "anything", at(5))).toBe(600);
  });

  it("keys on the normalised e-mail, so case and spaces do not open a new counter", async () => {
    const email = await account();
    for (let i = 0; i < 5; i++) await outcome(i % 2 ? ` ${email.toUpperCase()} ` : email, "nope", at(i));
    expect(await outcome(email, PASSWORD, at(6))).toBe(540);
  });

  it("starts over after a right password", async () => {
    const email = await account();
    for (let i = 0; i < 4; i++) await outcome(email, "nope", at(i));
    expect(await outcome(email, PASSWORD, at(4))).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await outcome(email, "nope", at(5 + i))).toBe("wrong");
  });

  it("counts parallel guesses against each other: at most 5 are checked", async () => {
    const email = await account();
    const results = await Promise.all(Array.from({ length: 12 }, () => outcome(email, "nope", NOW)));
    expect(results.filter((result) => result === "wrong").length).toBeLessThanOrEqual(5);
    expect(results.every((result) => result === "wrong" || typeof result === "number")).toBe(true);
    expect(await db.loginFailure.count({ where: { email } })).toBeLessThanOrEqual(5);
  });

  it("prunes failures older than an hour", async () => {
    const email = await account();
    await outcome(email, "nope", NOW);
    await outcome(`${randomUUID()}@other.kioku`, "nope", at(61));
    expect(await db.loginFailure.count({ where: { email } })).toBe(0);
  });

  it("refuses a disabled account only once the password is right", async () => {
    const email = await account(true);
    expect(await outcome(email, "nope", NOW)).toBe("wrong");
    expect(await outcome(email, PASSWORD, NOW)).toBe("disabled");
  });
});

describe("loginRetryAfterSeconds", () => {
  it("caps an account at 100 failures an hour", () => {
    // 100 failures spread over the last 59 minutes, never 5 within 15 minutes of now.
    const times = Array.from({ length: 100 }, (_, i) => new Date(NOW.getTime() - 16 * 60_000 - i * 25_000));
    expect(loginRetryAfterSeconds(times.slice(0, 99), NOW)).toBeNull();
    const oldest = times[99]!;
    expect(loginRetryAfterSeconds(times, NOW)).toBe((oldest.getTime() + 3_600_000 - NOW.getTime()) / 1000);
  });

  it("allows a try when fewer than 5 failures are recent", () => {
    expect(loginRetryAfterSeconds([at(-1), at(-2), at(-3), at(-4), at(-16)], NOW)).toBeNull();
  });
});
