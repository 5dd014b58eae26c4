import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  AccountDisabledError,
  authenticate,
  LoginThrottledError,
  peekLoginRetryAfter,
} from "@/features/account/login-throttle";
import { SLOW_PATH_DELAY_MS } from "@/core/throttle/login";
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

const GUESSER = "203.0.113.66";
const waits: number[] = [];

async function outcome(email: string, password: string, now: Date, address = GUESSER): Promise<"ok" | "wrong" | number | "disabled"> {
  try {
    return (await authenticate({ email, password }, now, address, { wait: async (ms) => void waits.push(ms) })) ? "ok" : "wrong";
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
  it("refuses the sixth try from the same address within 15 minutes, even with the right password, and says how long to wait", async () => {
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

describe("throttling by client address (OWASP: no lockout by account alone)", () => {
  it("lets the owner's right password through from another address while a guesser is walled", async () => {
    const email = await account();
    await failFiveTimes(email);
    expect(await outcome(email, PASSWORD, at(5))).toBe(600);
    expect(await outcome(email, PASSWORD, at(5), "198.51.100.20")).toBe("ok");
    // The owner's success clears only their own address; the guesser stays walled.
    expect(await outcome(email, "guess", at(6))).toBe(540);
  });

  it("over the per-e-mail ceiling, sends a clean address down the slow path and walls one that failed", async () => {
    const email = await account();
    // 100 failures from 100 addresses in the last hour: a spread-out attack.
    await db.loginFailure.createMany({ data: Array.from({ length: 100 }, (_, i) => ({ email, address: `10.9.${i >> 8}.${i & 255}`, at: at(-50 + i * 0.4) })) });
    waits.length = 0;
    expect(await outcome(email, PASSWORD, at(1), "198.51.100.30")).toBe("ok");
    expect(waits).toEqual([SLOW_PATH_DELAY_MS]);
    expect(typeof (await outcome(email, "guess", at(2), "10.9.0.7"))).toBe("number");
    expect(await outcome(email, "guess", at(2), "198.51.100.31")).toBe("wrong"); // one slow guess
    expect(typeof (await outcome(email, "guess", at(3), "198.51.100.31"))).toBe("number");
  });

  it("walls one address spraying many e-mails", async () => {
    const sprayer = "203.0.113.200";
    await db.loginFailure.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ email: `${i}-${randomUUID()}@nobody.kioku`, address: sprayer, at: at(-10 + i * 0.1) })) });
    const email = await account();
    expect(typeof (await outcome(email, "guess", at(0), sprayer))).toBe("number");
    expect(await outcome(email, PASSWORD, at(0), "198.51.100.40")).toBe("ok");
  });

  it("peeks the same wait the next try would get, per address", async () => {
    const email = await account();
    await failFiveTimes(email);
    expect(await peekLoginRetryAfter(email, GUESSER, at(5))).toBe(600);
    expect(await peekLoginRetryAfter(email, "198.51.100.50", at(5))).toBeNull();
  });
});
