import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { findSessionUser } from "@/features/account/data";
import { changePasswordOperation } from "@/features/account/operations";
import { AccountDisabledError, authenticate } from "@/features/account/login-throttle";
import { setAccountDisabled } from "@/features/account/mutations";
import { hashPassword, verifyPassword } from "@/features/account/password";
import type { UserId } from "@/features/account/session";
import { isSessionCurrent } from "@/features/account/session-check";
import { db } from "@/lib/db";

const NOW = new Date("2026-03-02T10:00:00Z");
const OLD = "an old and long passphrase";
const NEW = "a new and longer passphrase";

let oldHash: string;
beforeAll(async () => {
  oldHash = await hashPassword(OLD);
});

async function account() {
  const email = `${randomUUID()}@test.kioku`;
  const user = await db.user.create({ data: { name: "Sid", email, passwordHash: oldHash, role: "student" }, select: { id: true, sessionVersion: true } });
  return { id: user.id as UserId, email, tokenVersion: user.sessionVersion };
}

const ADDRESS = "192.0.2.10";

describe("password change", () => {
  it("stores the new password and ends sessions issued before it", async () => {
    const user = await account();
    expect(isSessionCurrent(await findSessionUser(user.id), user.tokenVersion)).toBe(true);
    const changed = await changePasswordOperation(user, { currentPassword: OLD, newPassword: NEW }, NOW, ADDRESS);
    expect(changed).toEqual({ ok: true, value: { email: user.email } });
    expect(isSessionCurrent(await findSessionUser(user.id), user.tokenVersion)).toBe(false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW)).toBe(true);
    expect(await authenticate({ email: user.email, password: OLD }, NOW, ADDRESS)).toBeNull();
    expect(await authenticate({ email: user.email, password: NEW }, NOW, ADDRESS)).toMatchObject({ id: user.id, sessionVersion: user.tokenVersion + 1 });
  });

  it("refuses a wrong current password, counts it as a failed sign-in, and changes nothing", async () => {
    const user = await account();
    const refused = await changePasswordOperation(user, { currentPassword: "not it at all", newPassword: NEW }, NOW, ADDRESS);
    expect(refused).toMatchObject({ ok: false, reason: "wrongPassword" });
    expect(await db.loginFailure.count({ where: { email: user.email } })).toBe(1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBe(oldHash);
    expect(stored.sessionVersion).toBe(user.tokenVersion);
  });

  it("is throttled with sign-in: after 5 wrong passwords even the right one waits", async () => {
    const user = await account();
    for (let i = 0; i < 5; i++) await changePasswordOperation(user, { currentPassword: `wrong ${i}`, newPassword: NEW }, NOW, ADDRESS);
    const throttled = await changePasswordOperation(user, { currentPassword: OLD, newPassword: NEW }, NOW, ADDRESS);
    expect(throttled).toMatchObject({ ok: false, reason: "throttled", message: "Too many attempts, try again in 15 minutes." });
  });

  it("refuses a common or too long new password", async () => {
    const user = await account();
    const common = await changePasswordOperation(user, { currentPassword: OLD, newPassword: "sunshine" }, NOW, ADDRESS);
    expect(common).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { newPassword: ["That password is among the most common ones; choose another."] } });
    const long = await changePasswordOperation(user, { currentPassword: OLD, newPassword: "y".repeat(129) }, NOW, ADDRESS);
    expect(long).toMatchObject({ ok: false, reason: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(oldHash);
  });
});

describe("disabled accounts", () => {
  it("end their sessions and cannot sign in until enabled again", async () => {
    const user = await account();
    expect(await setAccountDisabled(user.email, true, NOW)).toBe(true);
    expect(isSessionCurrent(await findSessionUser(user.id), user.tokenVersion)).toBe(false);
    await expect(authenticate({ email: user.email, password: OLD }, NOW, ADDRESS)).rejects.toBeInstanceOf(AccountDisabledError);
    await setAccountDisabled(user.email, false, NOW);
    expect(await authenticate({ email: user.email, password: OLD }, NOW, ADDRESS)).toMatchObject({ id: user.id });
  });

  it("a disabled row is refused even with the right version", () => {
    expect(isSessionCurrent({ sessionVersion: 3, disabledAt: NOW }, 3)).toBe(false);
    expect(isSessionCurrent({ sessionVersion: 3, disabledAt: null }, 3)).toBe(true);
    expect(isSessionCurrent(null, 0)).toBe(false);
  });
});
