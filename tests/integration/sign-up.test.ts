import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUpOperation } from "@/features/account/operations";
import { SIGN_UPS_PER_HOUR } from "@/features/account/sign-up-throttle";
import { db } from "@/lib/db";

const NOW = new Date("2026-03-02T10:00:00Z");
const form = (email: string) => ({ name: "Nell", email, password: "quiet harbour lantern 42", role: "student", timeZone: "UTC" });

describe("sign-up", () => {
  it("answers an e-mail that has an account, in any letter case, without saying so", async () => {
    const email = `${randomUUID()}@test.kioku`;
    expect((await signUpOperation(form(email), NOW, "192.0.2.50")).ok).toBe(true);
    for (const again of [email, email.toUpperCase(), ` ${email.replace(/^./, (c) => c.toUpperCase())} `]) {
      const refused = await signUpOperation(form(again), NOW, "192.0.2.51");
      expect(refused.ok).toBe(false);
      const text = JSON.stringify(refused);
      expect(text).not.toMatch(/exist|already|taken|in use/i);
      expect(!refused.ok && refused.fieldErrors?.email).toBeFalsy();
    }
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it(`allows ${SIGN_UPS_PER_HOUR} sign-ups an hour from one address, then refuses with the wait, and other addresses go on`, async () => {
    const crowded = "203.0.113.77";
    for (let i = 0; i < SIGN_UPS_PER_HOUR; i++) {
      expect((await signUpOperation(form(`${randomUUID()}@test.kioku`), new Date(NOW.getTime() + i * 1000), crowded)).ok).toBe(true);
    }
    const email = `${randomUUID()}@test.kioku`;
    const refused = await signUpOperation(form(email), new Date(NOW.getTime() + 60_000), crowded);
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(!refused.ok && refused.message).toMatch(/try again in \d+ minutes?/);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await signUpOperation(form(email), new Date(NOW.getTime() + 60_000), "203.0.113.78")).ok).toBe(true);
    // An hour after the first, the address may sign up again.
    expect((await signUpOperation(form(`${randomUUID()}@test.kioku`), new Date(NOW.getTime() + 3_601_000), crowded)).ok).toBe(true);
  });

  it("does not count refused input", async () => {
    const before = await db.signUpAttempt.count();
    expect((await signUpOperation({ ...form("not an e-mail"), password: "x" }, NOW, "192.0.2.99")).ok).toBe(false);
    expect(await db.signUpAttempt.count()).toBe(before);
  });
});
